// Every lesson's verdict is a pure function of its readings, and each check
// can fail: fed the outcome the lecture predicts, every check passes; fed an
// outcome it does not predict, exactly the checks that should fail do.
#include "session/lessons/lesson.h"

#include <QJsonDocument>
#include <QTest>

using namespace ipcscope;

namespace {

QString passes(const QList<LessonCheck> &checks)
{
    QString s;
    for (const LessonCheck &c : checks)
        s += c.passed ? QLatin1Char('y') : QLatin1Char('n');
    return s;
}

} // namespace

class TestLessonVerdicts : public QObject {
    Q_OBJECT
private slots:
    void verdictsFailOnContraryReadings_data();
    void verdictsFailOnContraryReadings();
    void verdictNeedsChecks();
    void timingClaimsAreMarked();
};

void TestLessonVerdicts::verdictsFailOnContraryReadings_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QByteArray>("readings");
    QTest::addColumn<QString>("passes"); // y/n for each check, in order
    const auto row = [](const char *name, const char *id, const char *json, const char *pattern) {
        QTest::newRow(name) << QString::fromLatin1(id) << QByteArray(json) << QString::fromLatin1(pattern);
    };
    const char *race = R"J({"all_lost": 7, "all_increments": 20, "one_lost": 5, "one_increments": 20,
                           "sem_lost": 0, "sem_increments": 20})J";
    row("race as predicted", "race", race, "yyy");
    row("race: nothing lost without the semaphore", "race",
        R"J({"all_lost": 0, "all_increments": 20, "one_lost": 0, "one_increments": 20, "sem_lost": 0,
            "sem_increments": 20})J", "nny");
    row("race: lost on all CPUs, not on one", "race",
        R"J({"all_lost": 3, "all_increments": 20, "one_lost": 0, "one_increments": 20, "sem_lost": 0,
            "sem_increments": 20})J", "yny");
    row("race: lost with the semaphore", "race",
        R"J({"all_lost": 3, "all_increments": 20, "one_lost": 2, "one_increments": 20, "sem_lost": 1,
            "sem_increments": 20})J", "yyn");
    row("race: nothing ran", "race", "{}", "nnn");
    const char *signalsRow = R"J({"std_sent": 80000, "std_arrived": 900, "std_merged": 79100, "rt_attempted": 80000,
                              "rt_accepted": 80000, "rt_refused": 0, "rt_arrived": 80000, "rt_out_of_order": 0,
                              "rt_duplicates": 0})J";
    row("signals as predicted", "signals", signalsRow, "yyy");
    row("signals: no SIGUSR1 merged", "signals",
        R"J({"std_sent": 2000, "std_arrived": 2000, "std_merged": 0, "rt_accepted": 100, "rt_arrived": 100})J", "nyy");
    row("signals: refused ones counted, the accepted all arrive", "signals",
        R"J({"std_sent": 80000, "std_arrived": 9, "std_merged": 79991, "rt_attempted": 80000, "rt_accepted": 17000,
            "rt_refused": 63000, "rt_arrived": 17000})J", "yyy");
    row("signals: an accepted SIGRTMIN lost", "signals",
        R"J({"std_merged": 5, "rt_accepted": 100, "rt_arrived": 99})J", "yny");
    row("signals: out of order", "signals",
        R"J({"std_merged": 5, "rt_accepted": 100, "rt_arrived": 100, "rt_out_of_order": 1})J", "yyn");
    row("signals: a duplicate", "signals",
        R"J({"std_merged": 5, "rt_accepted": 100, "rt_arrived": 100, "rt_duplicates": 1})J", "yyn");
    const char *deadlock = R"J({"opposite_cycle": true, "opposite_finished": false, "opposite_woken_by_eidrm": 2,
                               "ordered_cycle": false, "ordered_finished": true})J";
    row("deadlock as predicted", "deadlock", deadlock, "yyy");
    row("deadlock: no cycle", "deadlock",
        R"J({"opposite_cycle": false, "opposite_finished": true, "opposite_woken_by_eidrm": 0,
            "ordered_finished": true})J", "nny");
    row("deadlock: EIDRM woke one", "deadlock",
        R"J({"opposite_cycle": true, "opposite_woken_by_eidrm": 1, "ordered_finished": true})J", "yny");
    row("deadlock: one order stuck", "deadlock",
        R"J({"opposite_cycle": true, "opposite_woken_by_eidrm": 2, "ordered_finished": false})J", "yyn");
    const char *pipeBuf = R"J({"small_size": 4096, "small_sent": 1000, "small_read": 1000, "small_intact": 1000,
                              "small_corrupted": 0, "big_size": 16384, "big_read": 1000, "big_corrupted": 900})J";
    row("pipe-buf as predicted", "pipe-buf", pipeBuf, "yy");
    row("pipe-buf: PIPE_BUF messages corrupted", "pipe-buf",
        R"J({"small_sent": 1000, "small_read": 1000, "small_intact": 999, "small_corrupted": 1, "big_corrupted": 9})J",
        "ny");
    row("pipe-buf: big messages intact", "pipe-buf",
        R"J({"small_sent": 1000, "small_read": 1000, "small_intact": 1000, "small_corrupted": 0, "big_corrupted": 0})J",
        "yn");
    const char *backPressure = R"J({"default_capacity": 65536, "default_most_queued": 65536,
        "default_blocked_in": "write (wchan pipe_write)", "larger_requested": 1048576, "larger_capacity": 1048576,
        "larger_most_queued": 1044480, "larger_blocked_in": "write (wchan pipe_write)"})J";
    row("back-pressure as predicted", "back-pressure", backPressure, "yyyy");
    row("back-pressure: never full, never blocked", "back-pressure",
        R"J({"default_capacity": 65536, "default_most_queued": 24576, "default_blocked_in": "",
            "larger_requested": 1048576, "larger_capacity": 1048576, "larger_most_queued": 516096})J", "nnnn");
    row("back-pressure: F_SETPIPE_SZ not granted", "back-pressure",
        R"J({"default_capacity": 65536, "default_most_queued": 65536, "default_blocked_in": "write",
            "larger_requested": 1048576, "larger_capacity": 65536, "larger_most_queued": 65536,
            "larger_blocked_in": "write"})J", "yyny");
    row("sigpipe as predicted", "sigpipe",
        R"J({"first_signal": "SIGPIPE", "second_signal": "", "second_status": 1,
            "second_error": "write: Broken pipe"})J", "yy");
    row("sigpipe: the writer lives", "sigpipe",
        R"J({"first_signal": "", "first_status": 0, "second_signal": "", "second_status": 0, "second_error": ""})J",
        "nn");
    row("sigpipe: killed although ignored", "sigpipe",
        R"J({"first_signal": "SIGPIPE", "second_signal": "SIGPIPE", "second_status": 141})J", "yn");
    row("msg-types as predicted", "msg-types",
        R"J({"received": ["#0, type 3", "#2, type 2", "#1, type 1", "#3, type 1", "#5, type 2", "#4, type 3"]})J",
        "yyyyyy");
    row("msg-types: in the order sent", "msg-types",
        R"J({"received": ["#0, type 1", "", "#1, type 1", "#2, type 1", "#3, type 1", "#4, type 1"]})J", "ynynny");
    row("priorities as predicted", "priorities",
        R"J({"received": ["#2, priority 5", "#4, priority 5", "#5, priority 3", "#0, priority 2", "#3, priority 1",
                         "#1, priority 0"]})J", "y");
    row("priorities: equal priorities out of order", "priorities",
        R"J({"received": ["#4, priority 5", "#2, priority 5", "#5, priority 3", "#0, priority 2", "#3, priority 1",
                         "#1, priority 0"]})J", "n");
    const char *lectureShm = R"J({"isolation": "ipc", "shm_key": "0x00002fbe",
        "a.writer": "Writer: Wrote to shared memory: Hello from writer!",
        "a.ipcs": "key 0x00002fbe id 0 perms 666 bytes 1000000 nattch 1 cpid 9 dest 0",
        "a.reader": "Reader: Read from shared memory: Hello from writer!", "a.reader_status": "0",
        "a.after_reader": "key 0x00000000 id 0 perms 666 bytes 1000000 nattch 1 cpid 9 dest 1",
        "a.after_writer": "none",
        "b.after_writer": "key 0x00002fbe id 1 perms 666 bytes 1000000 nattch 0 cpid 10 dest 0",
        "b.reader": "Reader: Read from shared memory: Hello from writer!",
        "c.reader": "shmget: No such file or directory", "c.reader_status": "1"})J";
    row("lecture-shm as predicted", "lecture-shm", lectureShm, "yyyyyy");
    row("lecture-shm: the segment gone with its writer", "lecture-shm",
        R"J({"isolation": "ipc", "shm_key": "0x00002fbe",
            "a.writer": "Writer: Wrote to shared memory: Hello from writer!",
            "a.ipcs": "key 0x00002fbe id 0 perms 666 bytes 1000000 nattch 1 cpid 9 dest 0",
            "a.reader": "Reader: Read from shared memory: Hello from writer!", "a.reader_status": "0",
            "a.after_reader": "none", "a.after_writer": "none", "b.after_writer": "none",
            "b.reader": "shmget: No such file or directory",
            "c.reader": "Reader: Read from shared memory: ", "c.reader_status": "0"})J", "yynynn");
    const char *lectureMsg = R"J({"run1.sender": "Sender: sent message", "run1.status": "0",
        "run2.sender": "Sender: sent message", "run2.status": "0", "key": "0x4200c51a",
        "after.ipcs": "key 0x4200c51a id 0 perms 666 cbytes 200 qnum 2",
        "order.msgtyp2": "type 2: third, type 2", "ftok_twins": "0x4200224f /a /b"})J";
    row("lecture-msg as predicted", "lecture-msg", lectureMsg, "yyyy");
    row("lecture-msg: the queue removed, no twins", "lecture-msg",
        R"J({"run1.sender": "Sender: sent message", "run1.status": "0", "run2.sender": "Sender: sent message",
            "run2.status": "0", "key": "0x4200c51a", "after.ipcs": "none", "ftok_twins": "none"})J", "ynnn");
    row("lecture-sem as predicted", "lecture-sem",
        R"J({"a.first": "Critical section start", "a.second": "Critical section start", "a.value_after": "2",
            "noundo.value_after": "0", "undo.value_after": "1"})J", "yyyy");
    row("lecture-sem: the fix, and no undo either way", "lecture-sem",
        R"J({"a.first": "Critical section start", "a.second": "(nothing)", "a.value_after": "1",
            "noundo.value_after": "0", "undo.value_after": "0"})J", "nnyn");
    const char *posix = R"J({"path": "/dev/shm/my_shm", "ls": "bytes 256 mode 644", "contents": "Hello from writer!",
        "writer_maps": "7f-7f -w-s 00000000 00:28 2 /dev/shm/my_shm", "after": "none", "writer_status": "0",
        "cxx_tried": true, "cxx_ok": false, "cxx_error": "invalid conversion from ‘void*’ to ‘char*’"})J";
    row("lecture-posix-shm as predicted", "lecture-posix-shm", posix, "yyyyy");
    row("lecture-posix-shm: C++ accepts it, the file stays", "lecture-posix-shm",
        R"J({"path": "/dev/shm/my_shm", "ls": "bytes 256 mode 644", "contents": "Hello from writer!",
            "writer_maps": "none", "after": "bytes 256 mode 644", "writer_status": "0", "cxx_tried": true,
            "cxx_ok": true})J", "yynnn");
    row("boundaries as predicted", "boundaries",
        R"J({"pipe": "300", "unix_stream": "300", "pipe_small": "64,64,64,64,44", "unix_dgram": "100,100,100",
            "sysv_msg": "100,100,100", "unix_dgram_small": "64,64,64"})J", "yyyyyy");
    row("boundaries: a stream that kept every write", "boundaries",
        R"J({"pipe": "100,100,100", "unix_stream": "100,100,100", "pipe_small": "64,36,64", "unix_dgram": "100,100,100",
            "sysv_msg": "100,100,100", "unix_dgram_small": "64,64,64"})J", "nnnyyy");
    row("boundaries: datagrams merged, a message lost", "boundaries",
        R"J({"pipe": "300", "unix_stream": "300", "pipe_small": "64,64,64,64,44", "unix_dgram": "300",
            "sysv_msg": "100,100", "unix_dgram_small": "64,36,64"})J", "yyynnn");
    row("eintr as predicted", "eintr",
        R"J({"read.norestart": "EINTR 200 1", "read.restart": "returned 400 1", "semop.restart": "EINTR 200 1",
            "msgrcv.restart": "EINTR 200 1"})J", "yyyy");
    row("eintr: no signal came", "eintr",
        R"J({"read.norestart": "returned 400 0", "read.restart": "returned 400 0", "semop.restart": "returned 400 0",
            "msgrcv.restart": "returned 400 0"})J", "nnnn");
    row("eintr: semop restarted, read not", "eintr",
        R"J({"read.norestart": "EINTR 200 1", "read.restart": "EINTR 200 1", "semop.restart": "returned 400 1",
            "msgrcv.restart": "EINTR 200 1"})J", "ynny");
    row("ftok as predicted", "ftok",
        R"J({"before": "0x4100a117 1", "after": "0x4100a118 2", "twins": "0x42 /a /b", "excl": "File exists",
            "creat": "7", "queue_id": "7", "private_ids": [8, 9]})J", "yyyyy");
    row("ftok: the same key, no twins, IPC_EXCL created", "ftok",
        R"J({"before": "0x4100a117 1", "after": "0x4100a117 1", "twins": "none", "excl": "created", "creat": "10",
            "queue_id": "7", "private_ids": [8, 8]})J", "nnnnn");
    row("addresses as predicted", "addresses",
        R"J({"writer_base": "0x7f2a300c9000", "reader_base": "0x7f097b09f000", "by_pointer": "killed by SIGSEGV",
            "by_offset": "second"})J", "yyy");
    row("addresses: one address for both", "addresses",
        R"J({"writer_base": "0x7f2a300c9000", "reader_base": "0x7f2a300c9000", "by_pointer": "second",
            "by_offset": "second"})J", "nny");
    row("addresses: the offset misled", "addresses",
        R"J({"writer_base": "0x1000", "reader_base": "0x2000", "by_pointer": "garbage", "by_offset": "first"})J", "yyn");
    row("init-race as predicted", "init-race",
        R"J({"lecture.most_inside": "4", "fix.most_inside": "1", "fix.instances": "8", "fix.entered": "8",
            "fix.failed": "0", "fix.value_after": "1"})J", "yyy");
    row("init-race: one at a time anyway, the fix broken", "init-race",
        R"J({"lecture.most_inside": "1", "fix.most_inside": "2", "fix.instances": "8", "fix.entered": "8",
            "fix.failed": "0", "fix.value_after": "2"})J", "nnn");
    row("init-race: the fix leaves one stuck", "init-race",
        R"J({"lecture.most_inside": "3", "fix.most_inside": "1", "fix.instances": "8", "fix.entered": "7",
            "fix.failed": "1", "fix.value_after": "1"})J", "yny");
    row("busy-wait as predicted", "busy-wait",
        R"J({"spin.messages": "100", "spin.cpu_us": "516000", "sleep.messages": "100", "sleep.cpu_us": "1030",
            "sleep.voluntary": "101"})J", "yy");
    row("busy-wait: spinning only nine times the CPU", "busy-wait",
        R"J({"spin.messages": "100", "spin.cpu_us": "9000", "sleep.messages": "100", "sleep.cpu_us": "1000",
            "sleep.voluntary": "100"})J", "ny");
    row("busy-wait: nothing to wait for", "busy-wait",
        R"J({"spin.messages": "100", "spin.cpu_us": "337", "sleep.messages": "100", "sleep.cpu_us": "252",
            "sleep.voluntary": "1"})J", "nn");
    row("lecture-posix-shm: no compiler, no such check", "lecture-posix-shm",
        R"J({"path": "/dev/shm/my_shm", "ls": "bytes 256 mode 644", "contents": "Hello from writer!",
            "writer_maps": "x /dev/shm/my_shm", "after": "none", "writer_status": "0", "cxx_tried": false})J", "yyyy");
    const char *semUndo = R"J({"undo_killed": true, "undo_put_value": 1, "undo_put_waiters": 0, "undo_p2_finished": true,
                              "plain_killed": true, "plain_seen_waiting": true, "plain_put_value": 0,
                              "plain_put_waiters": 1, "plain_p2_finished": false})J";
    row("sem-undo as predicted", "sem-undo", semUndo, "yy");
    // The readings as predicted, but the moment they are about (P2 asleep
    // on put, its holder dead) never seen: nothing shows the lock died with it.
    row("sem-undo: the moment never seen", "sem-undo",
        R"J({"undo_killed": true, "undo_put_value": 1, "undo_put_waiters": 0, "undo_p2_finished": true,
            "plain_killed": true, "plain_seen_waiting": false, "plain_put_value": 0, "plain_put_waiters": 1,
            "plain_p2_finished": false})J", "yn");
    row("sem-undo: killed holding nothing", "sem-undo",
        R"J({"undo_killed": true, "undo_put_value": 1, "undo_put_waiters": 0, "undo_p2_finished": true,
            "plain_killed": true, "plain_put_value": 1, "plain_put_waiters": 0, "plain_p2_finished": true})J", "yn");
    row("sem-undo: not given back", "sem-undo",
        R"J({"undo_killed": true, "undo_put_value": 0, "undo_put_waiters": 1, "undo_p2_finished": false,
            "plain_killed": true, "plain_seen_waiting": true, "plain_put_value": 0, "plain_put_waiters": 1,
            "plain_p2_finished": false})J", "ny");
    row("sem-undo: nothing ran", "sem-undo", "{}", "nn");
    row("robust-mutex as predicted", "robust-mutex",
        R"J({"caught_holding": true, "owner_dead": 1, "others_finished": true, "finished": "P2, C1"})J", "yy");
    row("robust-mutex: no EOWNERDEAD", "robust-mutex",
        R"J({"caught_holding": true, "owner_dead": 0, "others_finished": true, "finished": "P2, C1"})J", "ny");
    row("robust-mutex: stuck after it", "robust-mutex",
        R"J({"caught_holding": true, "owner_dead": 1, "others_finished": false, "finished": ""})J", "yn");
    row("eidrm as predicted", "eidrm", R"J({"removed": true, "asleep": 2, "waiters": 2, "woken_by_eidrm": 2})J", "yy");
    row("eidrm: nobody asleep", "eidrm", R"J({"removed": true, "asleep": 0, "waiters": 0, "woken_by_eidrm": 0})J", "nn");
    row("eidrm: one woken", "eidrm", R"J({"removed": true, "asleep": 2, "waiters": 2, "woken_by_eidrm": 1})J", "yn");
    const char *holder = R"J({"stopped": true, "put_waiters": 2, "sent_while_stopped": 0, "cpu_while_stopped_ms": 0,
                             "window_ms": 800, "finished": 4, "workers": 4})J";
    row("holder-stopped as predicted", "holder-stopped", holder, "yyy");
    row("holder-stopped: the others go on", "holder-stopped",
        R"J({"stopped": true, "put_waiters": 0, "sent_while_stopped": 250, "cpu_while_stopped_ms": 20,
            "window_ms": 800, "finished": 4, "workers": 4})J", "nny");
    row("holder-stopped: spinning", "holder-stopped",
        R"J({"stopped": true, "put_waiters": 2, "sent_while_stopped": 0, "cpu_while_stopped_ms": 790,
            "window_ms": 800, "finished": 4, "workers": 4})J", "yny");
    row("holder-stopped: never released", "holder-stopped",
        R"J({"stopped": true, "put_waiters": 2, "sent_while_stopped": 0, "cpu_while_stopped_ms": 0,
            "window_ms": 800, "finished": 1, "workers": 4})J", "yyn");
    const char *pipeEof = R"J({"window_ms": 1000, "written": 18, "samples": 17, "asleep_in_read": 17,
                              "ended_in_window": false, "reader_write_ends": 1, "writer_write_ends": 0, "eof": true,
                              "bytes_read": 18})J";
    row("pipe-eof as predicted", "pipe-eof", pipeEof, "yyy");
    row("pipe-eof: end of file at once", "pipe-eof",
        R"J({"window_ms": 1000, "written": 18, "samples": 0, "asleep_in_read": 0, "ended_in_window": true,
            "reader_write_ends": 0, "writer_write_ends": 0, "eof": true, "bytes_read": 18})J", "nny");
    row("pipe-eof: awake part of the time", "pipe-eof",
        R"J({"window_ms": 1000, "written": 18, "samples": 17, "asleep_in_read": 12, "ended_in_window": false,
            "reader_write_ends": 1, "writer_write_ends": 0, "eof": true, "bytes_read": 18})J", "nyy");
    row("pipe-eof: the writer kept its end", "pipe-eof",
        R"J({"window_ms": 1000, "written": 18, "samples": 17, "asleep_in_read": 17, "ended_in_window": false,
            "reader_write_ends": 1, "writer_write_ends": 1, "eof": true, "bytes_read": 18})J", "yny");
    row("pipe-eof: no end of file after closing", "pipe-eof",
        R"J({"window_ms": 1000, "written": 18, "samples": 17, "asleep_in_read": 17, "ended_in_window": false,
            "reader_write_ends": 1, "writer_write_ends": 0, "eof": false, "bytes_read": 18})J", "yyn");
    row("pipe-eof: nothing ran", "pipe-eof", "{}", "nnn");
    const char *persistence = R"J({"sent": 3, "writer_exited": true, "queue_after_exit": 3, "segment_after_exit": 0,
                                  "posix_after_exit": 4096, "left_over_in_ipcs": 2, "queue_after_removal": -1,
                                  "segment_after_removal": -1, "posix_after_removal": -1})J";
    row("persistence as predicted", "persistence", persistence, "yyyyy");
    row("persistence: removed by the process", "persistence",
        R"J({"sent": 3, "writer_exited": true, "queue_after_exit": -1, "segment_after_exit": -1,
            "posix_after_exit": -1, "left_over_in_ipcs": 0, "queue_after_removal": -1, "segment_after_removal": -1,
            "posix_after_removal": -1})J", "nnnny");
    row("persistence: the process still alive", "persistence",
        R"J({"sent": 3, "writer_exited": false, "queue_after_exit": 3, "segment_after_exit": 0,
            "posix_after_exit": 4096, "left_over_in_ipcs": 0, "queue_after_removal": -1, "segment_after_removal": -1,
            "posix_after_removal": -1})J", "nnnny");
    row("persistence: messages lost", "persistence",
        R"J({"sent": 3, "writer_exited": true, "queue_after_exit": 0, "segment_after_exit": 0,
            "posix_after_exit": 4096, "left_over_in_ipcs": 2, "queue_after_removal": -1, "segment_after_removal": -1,
            "posix_after_removal": -1})J", "nyyyy");
    row("persistence: still attached", "persistence",
        R"J({"sent": 3, "writer_exited": true, "queue_after_exit": 3, "segment_after_exit": 1,
            "posix_after_exit": 4096, "left_over_in_ipcs": 2, "queue_after_removal": -1, "segment_after_removal": -1,
            "posix_after_removal": -1})J", "ynyyy");
    row("persistence: removal failed", "persistence",
        R"J({"sent": 3, "writer_exited": true, "queue_after_exit": 3, "segment_after_exit": 0,
            "posix_after_exit": 4096, "left_over_in_ipcs": 2, "queue_after_removal": 3, "segment_after_removal": -1,
            "posix_after_removal": 4096})J", "yyyyn");
    row("persistence: nothing ran", "persistence", "{}", "nnnnn");
}

void TestLessonVerdicts::verdictsFailOnContraryReadings()
{
    QFETCH(QString, id);
    QFETCH(QByteArray, readings);
    QFETCH(QString, passes);
    const QJsonObject r = QJsonDocument::fromJson(readings).object();
    QVERIFY2(!r.isEmpty() || readings == "{}", "readings are not JSON");
    const LessonOutcome o = judge(*findLesson(id), r);
    QCOMPARE(::passes(o.checks), passes);
    QCOMPARE(o.asExpected, !passes.contains(QLatin1Char('n')));
    QVERIFY(!o.measured.isEmpty());
}

void TestLessonVerdicts::verdictNeedsChecks()
{
    // Readings that name nothing cannot be as expected, whatever the lesson.
    for (const Lesson *l : allLessons())
        QVERIFY2(!judge(*l, QJsonObject()).asExpected, qPrintable(l->id()));
}

void TestLessonVerdicts::timingClaimsAreMarked()
{
    // busy-wait's "ten times the CPU" is a claim of speed: marked, so that
    // tst_lessons never holds it on a loaded machine (ipcscope-bench
    // --busy-wait measures it); its count of context switches is a fact.
    const QList<LessonCheck> checks = judge(*findLesson(QStringLiteral("busy-wait")), QJsonObject()).checks;
    QCOMPARE(checks.size(), 2);
    QVERIFY(checks[0].timing);
    QVERIFY(!checks[1].timing);
    QVERIFY(checks[0].toJson().value(QStringLiteral("timing")).toBool());
}

QTEST_GUILESS_MAIN(TestLessonVerdicts)
#include "tst_lessonverdicts.moc"
