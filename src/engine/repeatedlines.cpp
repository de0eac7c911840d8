#include "repeatedlines.h"

#include <immintrin.h>

#include <cstring>

namespace ipcscope {

namespace {
constexpr size_t kLine = 64;

// One block's lines in registers; each line of the payload is XORed with its
// block line and ORed into one difference, tested once at the end: a
// mismatch anywhere leaves a bit set. The verdict needs no early exit, and
// without one the loop is loads and one ternary-logic operation a line.
template <int Lines>
__attribute__((target("avx512f"))) bool repeatsBlockOf(const uint8_t *bytes, size_t len, const uint8_t *block)
{
    __m512i lines[Lines];
#pragma GCC unroll 16
    for (int j = 0; j < Lines; ++j)
        lines[j] = _mm512_loadu_si512(block + kLine * j);
    // 0xF6: difference | (payload ^ block line).
    constexpr int kOrXor = 0xF6;
    __m512i difference = _mm512_setzero_si512();
    constexpr size_t blockBytes = kLine * Lines;
    size_t at = 0;
    for (; at + blockBytes <= len; at += blockBytes) {
#pragma GCC unroll 16
        for (int j = 0; j < Lines; ++j)
            difference =
                _mm512_ternarylogic_epi64(difference, _mm512_loadu_si512(bytes + at + kLine * j), lines[j], kOrXor);
    }
    if (_mm512_test_epi64_mask(difference, difference) != 0)
        return false;
    // Less than a block left, which starts where the block does.
    return std::memcmp(bytes + at, block, len - at) == 0;
}
} // namespace

bool registerCompareAvailable()
{
    // libgcc checks the kernel's XSAVE state (XCR0) as well as CPUID.
    static const bool available = __builtin_cpu_supports("avx512f");
    return available;
}

bool repeatsBlock(const uint8_t *bytes, size_t len, const uint8_t *block, int blockLines)
{
    return blockLines == 15 ? repeatsBlockOf<15>(bytes, len, block) : repeatsBlockOf<16>(bytes, len, block);
}

} // namespace ipcscope
