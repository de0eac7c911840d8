<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Formatter</name>
    <message numerus="yes">
        <source>%1 byte(s)</source>
        <translation>
            <numerusform>%1 byte</numerusform>
            <numerusform>%1 bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n left</numerusform>
            <numerusform>%n left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>there, %n message(s) (msg_qnum)</source>
        <translation>
            <numerusform>there, %n message (msg_qnum)</numerusform>
            <numerusform>there, %n messages (msg_qnum)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %1 ms the reader is still asleep in read() (wchan %2), holding %n write end(s) of its own. It closes it now (SIGUSR1, whose handler calls close(fd[1]))…</source>
        <translation>
            <numerusform>After %1 ms the reader is still asleep in read() (wchan %2), holding %n write end of its own. It closes it now (SIGUSR1, whose handler calls close(fd[1]))…</numerusform>
            <numerusform>After %1 ms the reader is still asleep in read() (wchan %2), holding %n write ends of its own. It closes them now (SIGUSR1, whose handler calls close(fd[1]))…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SceneText</name>
    <message numerus="yes">
        <source>%1 message(s)</source>
        <translation>
            <numerusform>%1 message</numerusform>
            <numerusform>%1 messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mean fill %1 of %n slot(s)</source>
        <translation>
            <numerusform>mean fill %1 of %n slot</numerusform>
            <numerusform>mean fill %1 of %n slots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n slot(s) filled</source>
        <translation>
            <numerusform>%1 of %n slot filled</numerusform>
            <numerusform>%1 of %n slots filled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting (msg_qnum)</source>
        <translation>
            <numerusform>%n message waiting (msg_qnum)</numerusform>
            <numerusform>%n messages waiting (msg_qnum)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 message(s) waiting (mq_curmsgs)</source>
        <translation>
            <numerusform>%n of %1 message waiting (mq_curmsgs)</numerusform>
            <numerusform>%n of %1 messages waiting (mq_curmsgs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 datagram(s) dropped by the kernel</source>
        <translation>
            <numerusform>%1 datagram dropped by the kernel</numerusform>
            <numerusform>%1 datagrams dropped by the kernel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n producer(s)</source>
        <translation>
            <numerusform>%n producer</numerusform>
            <numerusform>%n producers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consumer(s)</source>
        <translation>
            <numerusform>%n consumer</numerusform>
            <numerusform>%n consumers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 increment(s)</source>
        <translation>
            <numerusform>%1 increment</numerusform>
            <numerusform>%1 increments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting</source>
        <translation>
            <numerusform>%n message waiting</numerusform>
            <numerusform>%n messages waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 message(s) waiting</source>
        <translation>
            <numerusform>%n of %1 message waiting</numerusform>
            <numerusform>%n of %1 messages waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendFloor</name>
    <message numerus="yes">
        <source>%n value(s) from shared memory ignored</source>
        <translation>
            <numerusform>%n value from shared memory ignored</numerusform>
            <numerusform>%n values from shared memory ignored</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageObjectItem</name>
    <message numerus="yes">
        <source>%n write end(s) open</source>
        <translation>
            <numerusform>%n write end open</numerusform>
            <numerusform>%n write ends open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Unannounced</name>
    <message numerus="yes">
        <source>%n lost message(s) had been written into the ring by %1 and never announced: it was killed before it moved head</source>
        <translation>
            <numerusform>%n lost message had been written into the ring by %1 and never announced: it was killed before it moved head</numerusform>
            <numerusform>%n lost messages had been written into the ring by %1 and never announced: it was killed before it moved head</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ipcscope::CompareCharts</name>
    <message numerus="yes">
        <source>N producers and N consumers at %1, on this machine&apos;s %n CPU(s): more workers than CPUs take turns.</source>
        <translation>
            <numerusform>N producers and N consumers at %1, on this machine&apos;s %n CPU: more workers than CPUs take turns.</numerusform>
            <numerusform>N producers and N consumers at %1, on this machine&apos;s %n CPUs: more workers than CPUs take turns.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ipcscope::CompareView</name>
    <message numerus="yes">
        <source>Done: %n point(s) measured.</source>
        <translation>
            <numerusform>Done: %n point measured.</numerusform>
            <numerusform>Done: %n points measured.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Measured on %1 (%n CPU(s)), %2; producer and consumer %3.</source>
        <translation>
            <numerusform>Measured on %1 (%n CPU), %2; producer and consumer %3.</numerusform>
            <numerusform>Measured on %1 (%n CPUs), %2; producer and consumer %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ipcscope::LeftoversPanel</name>
    <message numerus="yes">
        <source>%n object(s) whose processes are all gone.</source>
        <translation>
            <numerusform>%n object whose processes are all gone.</numerusform>
            <numerusform>%n objects whose processes are all gone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ipcscope::MainWindow</name>
    <message numerus="yes">
        <source>%n corrupted message(s) so far</source>
        <translation>
            <numerusform>%n corrupted message so far</numerusform>
            <numerusform>%n corrupted messages so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicated message(s) so far</source>
        <translation>
            <numerusform>%n duplicated message so far</numerusform>
            <numerusform>%n duplicated messages so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ipcscope::Run</name>
    <message numerus="yes">
        <source>refused %n connection(s) that did not come from the run&apos;s processes</source>
        <translation>
            <numerusform>refused %n connection that did not come from the run&apos;s processes</numerusform>
            <numerusform>refused %n connections that did not come from the run&apos;s processes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>refused %n datagram(s) that did not come from the run&apos;s processes</source>
        <translation>
            <numerusform>refused %n datagram that did not come from the run&apos;s processes</numerusform>
            <numerusform>refused %n datagrams that did not come from the run&apos;s processes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>producers still sending: %1; the last of them ends the stream for %n consumer(s)</source>
        <translation>
            <numerusform>producers still sending: %1; the last of them ends the stream for %n consumer</numerusform>
            <numerusform>producers still sending: %1; the last of them ends the stream for %n consumers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is counted out of the run&apos;s members: producers still sending: %2; the last of them ends the stream for %n consumer(s)</source>
        <translation>
            <numerusform>%1 is counted out of the run&apos;s members: producers still sending: %2; the last of them ends the stream for %n consumer</numerusform>
            <numerusform>%1 is counted out of the run&apos;s members: producers still sending: %2; the last of them ends the stream for %n consumers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ipcscope::ScenarioEditor</name>
    <message numerus="yes">
        <source>the consumer leaves after %n message(s)</source>
        <translation>
            <numerusform>the consumer leaves after %n message</numerusform>
            <numerusform>the consumer leaves after %n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ipcscope::SideBySideView</name>
    <message numerus="yes">
        <source>Together: they share this machine&apos;s %n CPU(s), so each goes slower than it would alone.</source>
        <translation>
            <numerusform>Together: they share this machine&apos;s %n CPU, so each goes slower than it would alone.</numerusform>
            <numerusform>Together: they share this machine&apos;s %n CPUs, so each goes slower than it would alone.</numerusform>
        </translation>
    </message>
</context>
</TS>
