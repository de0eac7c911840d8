// One segment, two addresses: the writer attaches it and builds a list of
// two nodes in it, the first pointing to the second both by address and by
// offset; the reader attaches it — elsewhere — and follows both. The
// address is the writer's and leads nowhere (or somewhere else) in the
// reader; the offset from the reader's own base leads to the second node.
// --at ADDRESS (the control): the reader attaches at the writer's address.
// --hold: each stays attached until a line on its standard input, so that
// the session sees both attached at once (shm_nattch 2).
#include "lessonsteps.h"

#include "../ownership.h"
#include "../syserror.h"

#include <sys/shm.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>

namespace ipcscope {

namespace {

struct Node {
    char text[32];
    Node *next;          // an address: the writer's
    uint64_t nextOffset; // from the start of the segment: anyone's
};
constexpr uint64_t kSecond = 64;

void *attachAt(int id, void *at)
{
    void *p = shmat(id, at, 0);
    if (p == reinterpret_cast<void *>(-1))
        throw SysError("shmat", errno);
    return p;
}

// What the bytes at `address` say in this process: a child looks, so that
// an address that leads nowhere kills the child, not the reader.
std::string lookThrough(const Node *address)
{
    int p[2];
    checked(pipe(p), "pipe");
    std::fflush(nullptr);
    const pid_t child = fork();
    if (child == 0) {
        close(p[0]);
        char text[sizeof address->text];
        std::memcpy(text, address->text, sizeof text);
        for (char &c : text)
            if (c && !std::isprint(static_cast<unsigned char>(c)))
                c = '.';
        text[sizeof text - 1] = 0;
        if (write(p[1], text, std::strlen(text)) < 0)
            _exit(1);
        _exit(0);
    }
    close(p[1]);
    char got[64] = {};
    const ssize_t n = read(p[0], got, sizeof got - 1);
    close(p[0]);
    int status = 0;
    waitpid(child, &status, 0);
    if (WIFSIGNALED(status))
        return std::string("killed by SIG") + sigabbrev_np(WTERMSIG(status));
    return n > 0 ? std::string(got, size_t(n)) : std::string("(nothing readable)");
}

// With --hold: said "attached" and waits for the session's line (or its end).
void holdIfAsked(const LessonArgs &args)
{
    if (!args.has("hold"))
        return;
    std::printf("attached=1\n");
    std::fflush(stdout);
    char line[16];
    if (!std::fgets(line, sizeof line, stdin))
        return; // the session is gone: nothing to wait for
}

} // namespace

int addressesWorker(const LessonArgs &args)
{
    const int id = openOwnSysv(ObjectKind::SysvShm, key_t(args.number("shm-key")));
    if (args.text("role") == "write") {
        auto *base = static_cast<char *>(attachAt(id, nullptr));
        auto *first = reinterpret_cast<Node *>(base);
        auto *second = reinterpret_cast<Node *>(base + kSecond);
        std::snprintf(second->text, sizeof second->text, "second");
        std::snprintf(first->text, sizeof first->text, "first");
        first->next = second;
        first->nextOffset = kSecond;
        std::printf("base=%p\nnext=%p\n", static_cast<void *>(base), static_cast<void *>(second));
        holdIfAsked(args);
        shmdt(base);
        return 0;
    }
    const uintptr_t writerBase = uintptr_t(std::strtoull(args.text("writer-base").c_str(), nullptr, 16));
    char *base = static_cast<char *>(
        attachAt(id, args.has("at") ? reinterpret_cast<void *>(std::strtoull(args.text("at").c_str(), nullptr, 16))
                                    : nullptr));
    // Where the kernel chose the writer's address here too, a second
    // attachment cannot be there.
    if (!args.has("at") && uintptr_t(base) == writerBase)
        base = static_cast<char *>(attachAt(id, nullptr));
    const auto *first = reinterpret_cast<const Node *>(base);
    std::printf("base=%p\nfirst=%s\nnext=%p\n", static_cast<void *>(base), first->text,
                static_cast<void *>(first->next));
    std::printf("by_offset=%s\n", reinterpret_cast<const Node *>(base + first->nextOffset)->text);
    std::printf("by_pointer=%s\n", lookThrough(first->next).c_str());
    holdIfAsked(args);
    return 0;
}

} // namespace ipcscope
