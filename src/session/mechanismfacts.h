#pragma once
// The lecture's "complexity" and "synchronisation" columns as facts about a
// mechanism: the calls and lines of the C the workers run
// (resources/code/<mechanism>.c, which the Code view shows), the kernel
// objects a run creates and must remove or close, and what the workers need
// to stay in step.
#include "comparerow.h"

#include <QString>

namespace ipcscope {

// Distinct functions called and lines of code (no comments, no blank lines)
// in the producer's and the consumer's parts of a snippet.
struct SnippetCount {
    int calls = 0;
    int lines = 0;
};
SnippetCount countSnippet(const QString &code);

// The snippet the workers of `mechanism` run, or empty.
QString workerSnippet(const QString &mechanism);

// What the session creates for a run of one producer and one consumer of
// `mechanism` — named objects (segments, semaphores, queues, FIFOs, socket
// files) and the descriptors it hands to the workers — counted by creating
// them (every one tracked by the reaper) and removing them again; -1 when
// they could not be created.
int countObjects(const QString &mechanism, int size);

// Both, for one mechanism.
Complexity measureComplexity(const QString &mechanism, int size);

// From the mechanism's descriptor: its semaphores or locks where it has
// some; none for shared memory without them; else the kernel's own blocking
// calls (a full pipe's write, an empty queue's receive).
Synchronisation synchronisationOf(const QString &mechanism);

} // namespace ipcscope
