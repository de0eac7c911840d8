#pragma once
// Whether a payload is a block of lines repeated, read once and compared with
// the block held in registers.
//
// A byte-for-byte compare against an image in memory reads two streams, the
// payload and the image, and at 64 KiB that is what it waits for: the loads.
// With AVX-512 a block of up to 16 lines fits in registers, so the payload is
// the only stream read (a 64 KiB datagram just received, in the engine: 751 ns
// against the image, 626 ns against registers; docs/benchmarks.md, twentieth
// round).
#include <cstddef>
#include <cstdint>

namespace ipcscope {

// The block sizes, in 64-byte lines, that the compare holds in registers.
constexpr int kRegisterBlockLines[] = {15, 16};

// Whether this CPU and kernel can run the compare (AVX-512 F: it uses nothing
// more).
bool registerCompareAvailable();

// Whether `len` bytes at `bytes` repeat the `blockLines` x 64 bytes at
// `block`: bytes[i] == block[i % (64 * blockLines)] for every i. blockLines is
// one of kRegisterBlockLines; registerCompareAvailable() must be true. Any
// alignment; lines that start on a cache line are read fastest.
bool repeatsBlock(const uint8_t *bytes, size_t len, const uint8_t *block, int blockLines);

} // namespace ipcscope
