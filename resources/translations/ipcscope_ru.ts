<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CompareView</name>
    <message>
        <source>Mechanisms</source>
        <translation>Механизмы</translation>
    </message>
    <message>
        <source>Message sizes (where the mechanism allows)</source>
        <translation>Размеры сообщений (если механизм допускает)</translation>
    </message>
    <message>
        <source>64 B</source>
        <translation>64 Б</translation>
    </message>
    <message>
        <source>4 KiB</source>
        <translation>4 КиБ</translation>
    </message>
    <message>
        <source>64 KiB</source>
        <translation>64 КиБ</translation>
    </message>
    <message>
        <source>1 MiB</source>
        <translation>1 МиБ</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Повторы</translation>
    </message>
    <message>
        <source>Seconds per run</source>
        <translation>Секунд на запуск</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Запустить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Table as CSV…</source>
        <translation>Таблица в CSV…</translation>
    </message>
    <message>
        <source>Charts as PNG…</source>
        <translation>Диаграммы в PNG…</translation>
    </message>
    <message>
        <source>Charts as PDF…</source>
        <translation>Диаграммы в PDF…</translation>
    </message>
    <message>
        <source>P and C on different CPUs</source>
        <translation>P и C на разных ЦП</translation>
    </message>
    <message>
        <source>Producer and consumer pinned to different CPUs (sched_setaffinity), where the machine has two or more</source>
        <translation>Производитель и потребитель закреплены за разными ЦП (sched_setaffinity), если их у машины два или больше</translation>
    </message>
    <message>
        <source>Each figure is the median of the repetitions, with their spread; one repetition is a single sample</source>
        <translation>Каждое число — медиана повторов с их разбросом; один повтор — единичный замер</translation>
    </message>
    <message>
        <source>Scaling: 1:1, 2:2, 4:4</source>
        <translation>Масштабирование: 1:1, 2:2, 4:4</translation>
    </message>
    <message>
        <source>Also N producers and N consumers at the smallest size: messages a second and CPU per message as the workers grow</source>
        <translation>Ещё N производителей и N потребителей при наименьшем размере: сколько сообщений в секунду и сколько времени ЦП на сообщение с ростом числа процессов</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <source>The table as JSON, which Open shows again beside another comparison</source>
        <translation>Таблица в JSON: «Открыть сохранённое» покажет её снова рядом с другим сравнением</translation>
    </message>
    <message>
        <source>Open saved…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <source>A saved comparison (JSON), shown faded under this one and in the “saved” column</source>
        <translation>Сохранённое сравнение (JSON): бледно под текущим и в столбце «сохранено»</translation>
    </message>
    <message>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <source>Stop showing the saved comparison</source>
        <translation>Убрать сохранённое сравнение</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>unknown mechanism &apos;%1&apos;</source>
        <translation>неизвестный механизм &apos;%1&apos;</translation>
    </message>
    <message>
        <source>give at least one message size</source>
        <translation>укажите хотя бы один размер сообщения</translation>
    </message>
    <message>
        <source>a message size of %1 B is outside %2..%3 B</source>
        <translation>размер сообщения %1 Б вне диапазона %2..%3 Б</translation>
    </message>
    <message>
        <source>repetitions must be 1..100 (got %1)</source>
        <translation>число повторов должно быть от 1 до 100 (задано %1)</translation>
    </message>
    <message>
        <source>the time per run must be 0.05..60 s (got %1)</source>
        <translation>время одного запуска должно быть от 0,05 до 60 с (задано %1)</translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation>прогрев</translation>
    </message>
    <message>
        <source>stream</source>
        <translation>поток</translation>
    </message>
    <message>
        <source>ping-pong</source>
        <translation>пинг-понг</translation>
    </message>
    <message>
        <source>producers and consumers must be 1..%1 each (got %2)</source>
        <translation>производителей и потребителей должно быть от 1 до %1 (задано %2)</translation>
    </message>
</context>
<context>
    <name>DecidingLimit</name>
    <message>
        <source>one pending SIGUSR1: the signals sent while it waits merge into it</source>
        <translation>один ожидающий SIGUSR1: сигналы, посланные, пока он ждёт, сливаются с ним</translation>
    </message>
    <message>
        <source>RLIMIT_SIGPENDING — signals queued for this user: %1</source>
        <translation>RLIMIT_SIGPENDING — сигналов в очереди у пользователя: %1</translation>
    </message>
    <message>
        <source>pipe capacity %1, less than one message of %2: every write waits for the reader</source>
        <translation>ёмкость канала %1 меньше одного сообщения в %2: каждая запись ждёт читателя</translation>
    </message>
    <message>
        <source>pipe capacity %1 — messages in flight: %2 of %3</source>
        <translation>ёмкость канала %1 — сообщений в пути: %2 по %3</translation>
    </message>
    <message>
        <source>ring slots: %1 — messages in flight: %1</source>
        <translation>ячеек кольца: %1 — сообщений в пути: %1</translation>
    </message>
    <message>
        <source>msgmnb %1 — messages in flight: %2 of %3</source>
        <translation>msgmnb %1 — сообщений в пути: %2 по %3</translation>
    </message>
    <message>
        <source>mq_maxmsg %1 — messages in flight: %1</source>
        <translation>mq_maxmsg %1 — сообщений в пути: %1</translation>
    </message>
    <message>
        <source>max_dgram_qlen %1 — datagrams in flight: %1</source>
        <translation>max_dgram_qlen %1 — дейтаграмм в пути: %1</translation>
    </message>
    <message>
        <source>wmem_default %1 — messages in flight: about %2 of %3</source>
        <translation>wmem_default %1 — сообщений в пути: около %2 по %3</translation>
    </message>
    <message>
        <source>tcp_wmem %1 + tcp_rmem %2 to start with, then tuned by the kernel — messages in flight: about %3 of %4</source>
        <translation>tcp_wmem %1 + tcp_rmem %2 поначалу, дальше их подстраивает ядро — сообщений в пути: около %3 по %4</translation>
    </message>
    <message>
        <source>rmem_default %1 — datagrams queued: about %2 of %3, the rest are dropped</source>
        <translation>rmem_default %1 — дейтаграмм в очереди: около %2 по %3, остальные отбрасываются</translation>
    </message>
    <message>
        <source>%1, less than one message of %2: every send waits for the receiver</source>
        <translation>%1 — меньше одного сообщения в %2: каждая отправка ждёт получателя</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 %2 %3 (%4)</source>
        <translation>%1 %2 %3 (%4)</translation>
    </message>
    <message>
        <source>B</source>
        <translation>Б</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>из %1</translation>
    </message>
    <message>
        <source>%1 unreadable, kernel default</source>
        <translation>%1 не читается, значение ядра по умолчанию</translation>
    </message>
    <message>
        <source>PIPE_BUF from &lt;limits.h&gt;</source>
        <translation>PIPE_BUF из &lt;limits.h&gt;</translation>
    </message>
    <message>
        <source>atomic write (PIPE_BUF)</source>
        <translation>атомарная запись (PIPE_BUF)</translation>
    </message>
    <message>
        <source>kernel default</source>
        <translation>значение ядра по умолчанию</translation>
    </message>
    <message>
        <source>from fcntl(F_GETPIPE_SZ) of a new pipe</source>
        <translation>из fcntl(F_GETPIPE_SZ) для нового канала</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>ёмкость</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>ошибка %1</translation>
    </message>
    <message>
        <source>a message of %1 B is below the minimum of %2 B (the ipcscope header every message carries)</source>
        <translation>сообщение размером %1 Б меньше минимума в %2 Б (заголовок ipcscope, который несёт каждое сообщение)</translation>
    </message>
    <message>
        <source>a message of %1 B is over the limit: %2</source>
        <translation>сообщение размером %1 Б превышает ограничение: %2</translation>
    </message>
    <message>
        <source>a message of %1 B is over ipcscope&apos;s own limit of %2 B</source>
        <translation>сообщение размером %1 Б превышает собственный предел ipcscope в %2 Б</translation>
    </message>
    <message>
        <source>%1 writers</source>
        <translation>%1 пишущих процессах</translation>
    </message>
    <message>
        <source>%1 readers</source>
        <translation>%1 читающих процессах</translation>
    </message>
    <message>
        <source>largest capacity (F_SETPIPE_SZ)</source>
        <translation>наибольшая ёмкость (F_SETPIPE_SZ)</translation>
    </message>
    <message>
        <source>message size</source>
        <translation>размер сообщения</translation>
    </message>
    <message>
        <source>ipcscope&apos;s limit: a byte stream has no messages of its own</source>
        <translation>предел ipcscope: поток байтов сам по себе не делится на сообщения</translation>
    </message>
    <message>
        <source>message size (msgsize_max)</source>
        <translation>размер сообщения (msgsize_max)</translation>
    </message>
    <message>
        <source>messages in one queue (msg_max)</source>
        <translation>сообщений в одной очереди (msg_max)</translation>
    </message>
    <message>
        <source>bytes in all queues of a user</source>
        <translation>байт во всех очередях пользователя</translation>
    </message>
    <message>
        <source>queues in the system (queues_max)</source>
        <translation>очередей в системе (queues_max)</translation>
    </message>
    <message>
        <source>ipcscope&apos;s limit; a segment may use all of /dev/shm</source>
        <translation>предел ipcscope; сегмент может занять весь /dev/shm</translation>
    </message>
    <message>
        <source>semaphore value (SEM_VALUE_MAX)</source>
        <translation>значение семафора (SEM_VALUE_MAX)</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>полезная нагрузка</translation>
    </message>
    <message>
        <source>one union sigval</source>
        <translation>один union sigval</translation>
    </message>
    <message>
        <source>kill() carries no data</source>
        <translation>kill() не передаёт данных</translation>
    </message>
    <message>
        <source>queued signals of a user</source>
        <translation>очередь сигналов пользователя</translation>
    </message>
    <message>
        <source>signals</source>
        <translation>сигн.</translation>
    </message>
    <message>
        <source>sequence number in the sigval</source>
        <translation>порядковый номер в sigval</translation>
    </message>
    <message>
        <source>values</source>
        <translation>знач.</translation>
    </message>
    <message>
        <source>29 bits, unwrapped by the consumer; an echo must come back within 4 s</source>
        <translation>29 бит, переполнение учитывает потребитель; эхо должно вернуться в течение 4 с</translation>
    </message>
    <message>
        <source>pending SIGUSR1</source>
        <translation>SIGUSR1 в ожидании доставки</translation>
    </message>
    <message>
        <source>signal</source>
        <translation>сигнал</translation>
    </message>
    <message>
        <source>signal(7): standard signals do not queue</source>
        <translation>signal(7): стандартные сигналы не ставятся в очередь</translation>
    </message>
    <message>
        <source>message size (msgmax)</source>
        <translation>размер сообщения (msgmax)</translation>
    </message>
    <message>
        <source>bytes in one queue (msgmnb)</source>
        <translation>байт в одной очереди (msgmnb)</translation>
    </message>
    <message>
        <source>queues in the system (msgmni)</source>
        <translation>очередей в системе (msgmni)</translation>
    </message>
    <message>
        <source>a message of %1 B never fits in a queue: %2</source>
        <translation>сообщение размером %1 Б никогда не поместится в очередь: %2</translation>
    </message>
    <message>
        <source>ipcscope&apos;s limit; a segment may be up to shmmax</source>
        <translation>предел ipcscope; сегмент может быть размером до shmmax</translation>
    </message>
    <message>
        <source>segment size (shmmax)</source>
        <translation>размер сегмента (shmmax)</translation>
    </message>
    <message>
        <source>segments in the system (shmmni)</source>
        <translation>сегментов в системе (shmmni)</translation>
    </message>
    <message>
        <source>semaphores per set (semmsl)</source>
        <translation>семафоров в наборе (semmsl)</translation>
    </message>
    <message>
        <source>operations per semop (semopm)</source>
        <translation>операций в одном semop (semopm)</translation>
    </message>
    <message>
        <source>semaphore value (SEMVMX)</source>
        <translation>значение семафора (SEMVMX)</translation>
    </message>
    <message>
        <source>send buffer (tcp_wmem default)</source>
        <translation>буфер отправки (tcp_wmem по умолчанию)</translation>
    </message>
    <message>
        <source>receive buffer (tcp_rmem default)</source>
        <translation>буфер приёма (tcp_rmem по умолчанию)</translation>
    </message>
    <message>
        <source>datagram size</source>
        <translation>размер дейтаграммы</translation>
    </message>
    <message>
        <source>IPv4: 65535 − 20 (IP header) − 8 (UDP header)</source>
        <translation>IPv4: 65535 − 20 (заголовок IP) − 8 (заголовок UDP)</translation>
    </message>
    <message>
        <source>receive buffer (rmem_default)</source>
        <translation>буфер приёма (rmem_default)</translation>
    </message>
    <message>
        <source>2 × wmem_max − 32, wmem_max %1</source>
        <translation>2 × wmem_max − 32, wmem_max %1</translation>
    </message>
    <message>
        <source>datagrams queued per socket (max_dgram_qlen)</source>
        <translation>дейтаграмм в очереди сокета (max_dgram_qlen)</translation>
    </message>
    <message>
        <source>default send buffer (wmem_default)</source>
        <translation>буфер отправки по умолчанию (wmem_default)</translation>
    </message>
    <message>
        <source>%1 producers: ipcscope runs 1..%2 producers on %3</source>
        <translation>производителей: %1; на %3 ipcscope запускает от 1 до %2 производителей</translation>
    </message>
    <message>
        <source>%1 consumers: a signal is delivered to one process, so there is one consumer</source>
        <translation>потребителей: %1; сигнал доставляется одному процессу, поэтому потребитель один</translation>
    </message>
    <message>
        <source>%1 consumers: ipcscope runs 1..%2 consumers</source>
        <translation>потребителей: %1; ipcscope запускает от 1 до %2 потребителей</translation>
    </message>
    <message>
        <source>%1 ring slots: from 1 to 1024</source>
        <translation>ячеек кольцевого буфера: %1; допустимо от 1 до 1024</translation>
    </message>
    <message>
        <source>with %1 a message of %2 B could be split or interleaved: only writes and reads of at most %3 B are atomic (%4); use one producer and one consumer, or smaller messages</source>
        <translation>при %1 сообщение размером %2 Б может быть разорвано или перемешано с другими: атомарны только запись и чтение не более %3 Б (%4); используйте одного производителя и одного потребителя или сообщения поменьше</translation>
    </message>
</context>
<context>
    <name>Formatter</name>
    <message>
        <source>B/s</source>
        <translation>Б/с</translation>
    </message>
    <message>
        <source>kB/s</source>
        <translation>КБ/с</translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation>МБ/с</translation>
    </message>
    <message>
        <source>GB/s</source>
        <translation>ГБ/с</translation>
    </message>
    <message>
        <source>TB/s</source>
        <translation>ТБ/с</translation>
    </message>
    <message numerus="yes">
        <source>%1 byte(s)</source>
        <translation>
            <numerusform>%1 байт</numerusform>
            <numerusform>%1 байта</numerusform>
            <numerusform>%1 байт</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <translation>%1 ТиБ</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 ГиБ</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 МиБ</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 КиБ</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 Б</translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <translation>%1 сообщ./с</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 мкс</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
</context>
<context>
    <name>HandCommands</name>
    <message>
        <source># Repeat this run by hand, as in the lecture. Each command in its own terminal, in this order.</source>
        <translation># Повторите этот запуск вручную, как на лекции. Каждую команду — в своём терминале, в этом порядке.</translation>
    </message>
    <message>
        <source># An anonymous pipe needs a common parent: let the shell make it, in one terminal.</source>
        <translation># Неименованному каналу нужен общий родитель: пусть его создаст оболочка, в одном терминале.</translation>
    </message>
    <message>
        <source># By hand this runs with one consumer: it creates the objects and removes them when every producer is done.</source>
        <translation># Вручную запуск идёт с одним потребителем: он создаёт объекты и удаляет их, когда все производители закончат.</translation>
    </message>
    <message>
        <source># Start the producers together: the FIFO ends for the reader when the last writer that opened it closes.</source>
        <translation># Запустите производителей одновременно: FIFO закончится для читателя, когда его закроет последний открывший его писатель.</translation>
    </message>
    <message>
        <source># terminal %1:</source>
        <translation># терминал %1:</translation>
    </message>
    <message>
        <source>ports=&lt;the port the consumer printed&gt;</source>
        <translation>ports=&lt;порт, который напечатал потребитель&gt;</translation>
    </message>
    <message>
        <source>port=&lt;the port the consumer printed&gt;</source>
        <translation>port=&lt;порт, который напечатал потребитель&gt;</translation>
    </message>
    <message>
        <source># Every worker needs the same IPCSCOPE_TOKEN: a stranger&apos;s connection is refused.</source>
        <translation># Всем процессам нужен один и тот же IPCSCOPE_TOKEN: соединение чужого процесса отклоняется.</translation>
    </message>
    <message>
        <source>pid=&lt;the PID the consumer printed&gt;</source>
        <translation>pid=&lt;PID, который напечатал потребитель&gt;</translation>
    </message>
</context>
<context>
    <name>LatencyNote</name>
    <message>
        <source>One-way latency under a full-speed stream is mostly queueing: each message waits behind the ones sent before it. The round trip of a ping-pong, one message at a time, is the latency of the mechanism itself.</source>
        <translation>Задержка в одну сторону при потоке на полной скорости — это в основном ожидание в очереди: каждое сообщение ждёт, пока пройдут отправленные раньше. Время туда и обратно в пинг-понге, по одному сообщению, — задержка самого механизма.</translation>
    </message>
</context>
<context>
    <name>LectureTable</name>
    <message>
        <source>synchronous / asynchronous*</source>
        <translation>синхронный / асинхронный*</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Сигналы</translation>
    </message>
    <message>
        <source>low</source>
        <translation>низкая</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>asynchronous</source>
        <translation>асинхронный</translation>
    </message>
    <message>
        <source>Pipes</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>средняя</translation>
    </message>
    <message>
        <source>yes (blocking)</source>
        <translation>да (блокирующая)</translation>
    </message>
    <message>
        <source>synchronous</source>
        <translation>синхронный</translation>
    </message>
    <message>
        <source>FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Shared memory</source>
        <translation>Разделяемая память</translation>
    </message>
    <message>
        <source>high</source>
        <translation>высокая</translation>
    </message>
    <message>
        <source>needs semaphores</source>
        <translation>нужны семафоры</translation>
    </message>
    <message>
        <source>Message queues</source>
        <translation>Очереди сообщений</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>встроенная</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>Сокеты</translation>
    </message>
    <message>
        <source>* depends on how it is used (for example, non-blocking I/O, callbacks)</source>
        <translation>* зависит от режима использования (например, неблокирующий ввод-вывод, callback-механизмы)</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>Back-pressure: a full pipe stops the writer</source>
        <translation>Противодавление: полный канал останавливает писателя</translation>
    </message>
    <message>
        <source>A writer as fast as it can, a reader taking 50 messages a second. The pipe fills up to its capacity (F_GETPIPE_SZ) and then write() blocks: the writer sleeps in the kernel until the reader makes room. F_SETPIPE_SZ gives the pipe more room.</source>
        <translation>Писатель пишет с максимальной скоростью, читатель забирает 50 сообщений в секунду. Канал заполняется до своей ёмкости (F_GETPIPE_SZ), после чего write() блокируется: писатель спит в ядре, пока читатель не освободит место. F_SETPIPE_SZ увеличивает ёмкость канала.</translation>
    </message>
    <message>
        <source>The pipe fills to 64 KiB and the writer blocks in write(); with F_SETPIPE_SZ of 1 MiB it fills to 1 MiB before it blocks.</source>
        <translation>Канал заполняется до 64 КиБ, и писатель блокируется в write(); с F_SETPIPE_SZ в 1 МиБ канал заполняется до 1 МиБ, прежде чем писатель заблокируется.</translation>
    </message>
    <message>
        <source>%1 (wchan %2)</source>
        <translation>%1 (wchan %2)</translation>
    </message>
    <message>
        <source>Deadlock: two semaphores, opposite orders</source>
        <translation>Взаимная блокировка (deadlock): два семафора, противоположный порядок</translation>
    </message>
    <message>
        <source>P1 takes semaphore A, then B; P2 takes B, then A. Each gets its first and waits for its second, which the other holds: a cycle, and both wait for ever. Taking them in one global order (A before B, always) breaks the cycle.</source>
        <translation>P1 захватывает семафор A, затем B; P2 — B, затем A. Каждый получает свой первый семафор и ждёт второй, который удерживает другой: возникает цикл, и оба ждут вечно. Захват в едином глобальном порядке (всегда A раньше B) разрывает цикл.</translation>
    </message>
    <message>
        <source>In opposite orders both block for good (a wait-for cycle); in one order both finish.</source>
        <translation>При противоположном порядке оба блокируются навсегда (цикл ожидания); при едином порядке оба завершаются.</translation>
    </message>
    <message>
        <source>P1 (pid %1) holds A and waits for B; P2 (pid %2) holds B and waits for A — A: value 0, GETNCNT 1, last taken by %1; B: value 0, GETNCNT 1, last taken by %2; both asleep in %3 (wchan %4)</source>
        <translation>P1 (pid %1) удерживает A и ждёт B; P2 (pid %2) удерживает B и ждёт A — A: значение 0, GETNCNT 1, последним захватил %1; B: значение 0, GETNCNT 1, последним захватил %2; оба спят в %3 (wchan %4)</translation>
    </message>
    <message>
        <source>P1 takes A then B; P2 takes B then A…</source>
        <translation>P1 захватывает A, затем B; P2 — B, затем A…</translation>
    </message>
    <message>
        <source>No cycle formed.</source>
        <translation>Цикл не возник.</translation>
    </message>
    <message>
        <source>Removing the semaphore set ends the wait (EIDRM).</source>
        <translation>Удаление набора семафоров прекращает ожидание (EIDRM).</translation>
    </message>
    <message>
        <source>Both take A, then B…</source>
        <translation>Оба захватывают A, затем B…</translation>
    </message>
    <message>
        <source>Both finished: one waited a moment for A, then went through.</source>
        <translation>Оба завершились: один недолго подождал A, затем прошёл дальше.</translation>
    </message>
    <message>
        <source>They did not finish.</source>
        <translation>Они не завершились.</translation>
    </message>
    <message>
        <source>Opposite orders: %1. One order: %2.</source>
        <translation>Противоположный порядок: %1. Единый порядок: %2.</translation>
    </message>
    <message>
        <source>a wait-for cycle, both blocked for good</source>
        <translation>цикл ожидания, оба заблокированы навсегда</translation>
    </message>
    <message>
        <source>no cycle</source>
        <translation>цикла нет</translation>
    </message>
    <message>
        <source>both finished</source>
        <translation>оба завершились</translation>
    </message>
    <message>
        <source>stuck</source>
        <translation>зависли</translation>
    </message>
    <message>
        <source>The lecture&apos;s example: shm_write and shm_read</source>
        <translation>Пример из лекции: shm_write и shm_read</translation>
    </message>
    <message>
        <source>shm_write creates a System V segment by its key, writes a greeting and exits: the segment stays, and ipcs -m lists it. shm_read attaches and reads it, then removes it with IPC_RMID while still attached — which only marks it; it goes with the last detach. The same with POSIX shared memory: a file in /dev/shm.</source>
        <translation>shm_write создаёт сегмент System V по ключу, записывает приветствие и завершается: сегмент остаётся, и ipcs -m его показывает. shm_read подключается к сегменту, читает его, а затем, ещё будучи подключённым, удаляет его через IPC_RMID — это лишь помечает сегмент, а исчезнет он при последнем отключении. То же с разделяемой памятью POSIX: это файл в /dev/shm.</translation>
    </message>
    <message>
        <source>The segment outlives its writer; the reader reads the greeting; after IPC_RMID it is marked (key 0, attached once) until the reader detaches; the POSIX file is gone from /dev/shm at once while still mapped.</source>
        <translation>Сегмент переживает своего писателя; читатель читает приветствие; после IPC_RMID сегмент помечен (ключ 0, одно подключение), пока читатель не отключится; файл POSIX сразу исчезает из /dev/shm, хотя ещё отображён в память.</translation>
    </message>
    <message>
        <source>shm_write wrote &quot;%1&quot; into segment %2 (key %3) and exited (status %4). Its mapping was: %5</source>
        <translation>shm_write записал «%1» в сегмент %2 (ключ %3) и завершился (статус %4). Его отображение было таким: %5</translation>
    </message>
    <message>
        <source>shm_read attached and read &quot;%1&quot;; /proc/PID/maps: %2</source>
        <translation>shm_read подключился и прочитал «%1»; /proc/PID/maps: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>After the last detach the segment is still there.</source>
        <translation>После последнего отключения сегмент всё ещё существует.</translation>
    </message>
    <message>
        <source>After the last detach the kernel removed it: shmctl(IPC_STAT) fails.</source>
        <translation>После последнего отключения ядро удалило сегмент: shmctl(IPC_STAT) завершается ошибкой.</translation>
    </message>
    <message>
        <source>The reader read it and called shm_unlink: %1 is gone from /dev/shm while still mapped (its /proc/PID/maps line ends in &quot;(deleted)&quot;).</source>
        <translation>Читатель прочитал его и вызвал shm_unlink: %1 исчез из /dev/shm, хотя ещё отображён в память (его строка в /proc/PID/maps оканчивается на «(deleted)»).</translation>
    </message>
    <message>
        <source>System V: %1. POSIX: %2.</source>
        <translation>System V: %1. POSIX: %2.</translation>
    </message>
    <message>
        <source>outlived its writer, read, marked by IPC_RMID while attached, removed at the last detach</source>
        <translation>пережил писателя, прочитан, помечен IPC_RMID при подключении, удалён при последнем отключении</translation>
    </message>
    <message>
        <source>not as expected (see the observations)</source>
        <translation>не как ожидалось (см. наблюдения)</translation>
    </message>
    <message>
        <source>outlived its writer, read, unlinked while still mapped</source>
        <translation>пережил писателя, прочитан, удалён через shm_unlink, пока ещё отображён</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>Message types: msgrcv chooses</source>
        <translation>Типы сообщений: выбирает msgrcv</translation>
    </message>
    <message>
        <source>Six messages go into one System V queue with mtypes 3, 1, 2, 1, 3, 2. Then separate processes receive with different msgtyp: 0 takes the first message, a positive type the first of that type, a negative one the lowest type up to its absolute value.</source>
        <translation>Шесть сообщений помещаются в одну очередь System V с mtype 3, 1, 2, 1, 3, 2. Затем отдельные процессы получают их с разными msgtyp: 0 берёт первое сообщение, положительный тип — первое сообщение этого типа, отрицательный — сообщение с наименьшим типом, не превышающим модуль msgtyp.</translation>
    </message>
    <message>
        <source>msgtyp 0 → #0 (type 3); 2 → #2; −2 → #1, then #3 (type 1), then #5 (type 2); 0 → #4.</source>
        <translation>msgtyp 0 → #0 (тип 3); 2 → #2; −2 → #1, затем #3 (тип 1), затем #5 (тип 2); 0 → #4.</translation>
    </message>
    <message>
        <source>A sender queued: %1.</source>
        <translation>Отправитель поставил в очередь: %1.</translation>
    </message>
    <message>
        <source>A receiver with msgtyp %1 got %2 (type %3).</source>
        <translation>Получатель с msgtyp %1 получил %2 (тип %3).</translation>
    </message>
    <message>
        <source>PIPE_BUF: atomic writes into one pipe</source>
        <translation>PIPE_BUF: атомарная запись в один канал</translation>
    </message>
    <message>
        <source>Records of PIPE_BUF bytes never tear; records of 4 × PIPE_BUF bytes do.</source>
        <translation>Записи по PIPE_BUF байт никогда не разрываются; записи по 4 × PIPE_BUF байт — разрываются.</translation>
    </message>
    <message>
        <source>%1 records read, %2 torn.</source>
        <translation>Прочитано записей: %1, разорвано: %2.</translation>
    </message>
    <message>
        <source>%1 records read, %2 torn: their bytes came from several writers.</source>
        <translation>Прочитано записей: %1, разорвано: %2 — их байты пришли от нескольких писателей.</translation>
    </message>
    <message>
        <source>%1 B records: %2 of %3 torn. %4 B records: %5 of %6 torn.</source>
        <translation>Записи по %1 Б: разорвано %2 из %3. Записи по %4 Б: разорвано %5 из %6.</translation>
    </message>
    <message>
        <source>Priorities: the highest first</source>
        <translation>Приоритеты: сначала наивысший</translation>
    </message>
    <message>
        <source>A sender puts six messages into a POSIX queue with priorities 2, 0, 5, 1, 5, 3; then a receiver takes them. mq_receive always hands out the oldest message of the highest priority present.</source>
        <translation>Отправитель помещает шесть сообщений в очередь POSIX с приоритетами 2, 0, 5, 1, 5, 3; затем получатель забирает их. mq_receive всегда выдаёт самое старое сообщение с наивысшим из имеющихся приоритетов.</translation>
    </message>
    <message>
        <source>Received in the order of priority 5 (#2), 5 (#4), 3, 2, 1, 0 — equal priorities in the order sent.</source>
        <translation>Получены в порядке приоритетов 5 (#2), 5 (#4), 3, 2, 1, 0 — при равных приоритетах в порядке отправки.</translation>
    </message>
    <message>
        <source>Sent, in this order: %1.</source>
        <translation>Отправлены в таком порядке: %1.</translation>
    </message>
    <message>
        <source>Received, in this order: %1.</source>
        <translation>Получены в таком порядке: %1.</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Получено: %1</translation>
    </message>
    <message>
        <source>The race: a counter in shared memory</source>
        <translation>Гонка: счётчик в разделяемой памяти</translation>
    </message>
    <message>
        <source>Without the semaphore the counter ends below 200 000; with it, at exactly 200 000.</source>
        <translation>Без семафора счётчик в итоге меньше 200 000; с ним — ровно 200 000.</translation>
    </message>
    <message>
        <source>Without a semaphore: %1 processes, %2 increments each…</source>
        <translation>Без семафора (процессов: %1, увеличений у каждого: %2)…</translation>
    </message>
    <message>
        <source>The counter reads %1 of %2: %3 updates lost.</source>
        <translation>Счётчик: %1 из %2, потеряно обновлений: %3.</translation>
    </message>
    <message>
        <source>With P(sem) and V(sem) around every update…</source>
        <translation>С P(sem) и V(sem) вокруг каждого обновления…</translation>
    </message>
    <message>
        <source>The counter reads %1 of %2.</source>
        <translation>Счётчик: %1 из %2.</translation>
    </message>
    <message>
        <source>Without the semaphore: %1 of %2 (%3 updates lost). With it: %4 of %2.</source>
        <translation>Без семафора: %1 из %2 (потеряно обновлений: %3). С ним: %4 из %2.</translation>
    </message>
    <message>
        <source>Signals: merged or queued</source>
        <translation>Сигналы: слияние или очередь</translation>
    </message>
    <message>
        <source>Four processes send signals to one as fast as they can. A standard signal (SIGUSR1, sent with kill) is a single pending bit: those sent while it is pending merge into it. Real-time signals (SIGRTMIN, sent with sigqueue) queue, each with its value.</source>
        <translation>Четыре процесса с максимальной скоростью посылают сигналы одному. Стандартный сигнал (SIGUSR1, посылается через kill) — это один бит ожидания: сигналы, посланные, пока он ожидает доставки, сливаются с ним. Сигналы реального времени (SIGRTMIN, посылаются через sigqueue) ставятся в очередь, каждый со своим значением.</translation>
    </message>
    <message>
        <source>Fewer SIGUSR1 arrive than were sent; every SIGRTMIN arrives, in order, with its value.</source>
        <translation>SIGUSR1 доставлено меньше, чем послано; каждый SIGRTMIN доставлен по порядку и со своим значением.</translation>
    </message>
    <message>
        <source>SIGUSR1: %1 sent, %2 arrived, %3 merged away.</source>
        <translation>SIGUSR1: послано %1, доставлено %2, поглощено слиянием %3.</translation>
    </message>
    <message>
        <source>SIGRTMIN: %1 sent, %2 arrived, %3 out of order, %4 duplicated; every value checked.</source>
        <translation>SIGRTMIN: послано %1, доставлено %2, не по порядку %3, продублировано %4; все значения проверены.</translation>
    </message>
    <message>
        <source>SIGUSR1: %1 of %2 arrived. SIGRTMIN: %3 of %4 arrived, %5 out of order.</source>
        <translation>SIGUSR1: доставлено %1 из %2. SIGRTMIN: доставлено %3 из %4, не по порядку %5.</translation>
    </message>
    <message>
        <source>SIGPIPE and EPIPE: the reader is gone</source>
        <translation>SIGPIPE и EPIPE: читателя больше нет</translation>
    </message>
    <message>
        <source>The reader takes 50 messages and exits; the writer writes on. Writing to a pipe with no reader sends the writer SIGPIPE, which kills it. A writer that ignores SIGPIPE lives, and its write() fails with EPIPE instead.</source>
        <translation>Читатель забирает 50 сообщений и завершается; писатель продолжает писать. Запись в канал без читателя посылает писателю SIGPIPE, который его убивает. Писатель, игнорирующий SIGPIPE, остаётся жив, а его write() вместо этого завершается ошибкой EPIPE.</translation>
    </message>
    <message>
        <source>The first writer is killed by SIGPIPE; the second gets EPIPE (Broken pipe) and exits.</source>
        <translation>Первого писателя убивает SIGPIPE; второй получает EPIPE (Broken pipe) и завершается.</translation>
    </message>
    <message>
        <source>The writer exited with status %1.</source>
        <translation>Писатель завершился со статусом %1.</translation>
    </message>
    <message>
        <source>The writer (pid %1) was killed by %2.</source>
        <translation>Писатель (pid %1) убит сигналом %2.</translation>
    </message>
    <message>
        <source>Again, with SIGPIPE ignored by the writer…</source>
        <translation>Ещё раз, но писатель игнорирует SIGPIPE…</translation>
    </message>
    <message>
        <source>The writer exited with status %1: %2</source>
        <translation>Писатель завершился со статусом %1: %2</translation>
    </message>
    <message>
        <source>First writer: %1. Second writer: exit status %2, %3.</source>
        <translation>Первый писатель: %1. Второй писатель: статус завершения %2, %3.</translation>
    </message>
    <message>
        <source>not killed</source>
        <translation>не убит</translation>
    </message>
    <message>
        <source>killed by %1</source>
        <translation>убит сигналом %1</translation>
    </message>
    <message>
        <source>the writer never blocked</source>
        <translation>писатель ни разу не заблокировался</translation>
    </message>
    <message>
        <source>the writer blocked in %1</source>
        <translation>писатель заблокировался в %1</translation>
    </message>
    <message>
        <source>Capacity %1 B (F_GETPIPE_SZ); at most %2 B were queued; %3.</source>
        <translation>Ёмкость %1 Б (F_GETPIPE_SZ); в канале скапливалось до %2 Б; %3.</translation>
    </message>
    <message>
        <source>Capacity %1 B; at most %2 B were queued; %3.</source>
        <translation>Ёмкость %1 Б; в канале скапливалось до %2 Б; %3.</translation>
    </message>
    <message>
        <source>Default: %1 of %2 B filled, %3. With F_SETPIPE_SZ: %4 of %5 B filled, %6.</source>
        <translation>По умолчанию: заполнено %1 из %2 Б, %3. С F_SETPIPE_SZ: заполнено %4 из %5 Б, %6.</translation>
    </message>
    <message>
        <source>ipcs -m still lists it: key %1, attachments: %2, created by pid %3, which is gone.</source>
        <translation>ipcs -m всё ещё показывает его: ключ %1, подключений: %2, создан процессом с pid %3, которого уже нет.</translation>
    </message>
    <message>
        <source>After IPC_RMID, still attached: key %1, attachments: %2, marked for removal: %3. The reader&apos;s mapping now reads: %4</source>
        <translation>После IPC_RMID, ещё подключён: ключ %1, подключений: %2, помечен на удаление: %3. Отображение читателя теперь: %4</translation>
    </message>
    <message>
        <source>The POSIX writer wrote &quot;%1&quot; and exited; %2 is still there (%3 B).</source>
        <translation>Писатель POSIX записал «%1» и завершился; файл %2 на месте (%3 Б).</translation>
    </message>
    <message>
        <source>The POSIX writer wrote &quot;%1&quot; and exited; %2 is gone.</source>
        <translation>Писатель POSIX записал «%1» и завершился; файла %2 больше нет.</translation>
    </message>
    <message>
        <source>Four writers share one pipe, shrunk to one page with F_SETPIPE_SZ. A write of at most PIPE_BUF bytes is atomic: it waits for room and lands in one piece. A bigger write is split when the pipe is full, and pieces of different writers interleave — the reader gets torn records.</source>
        <translation>Четыре писателя пишут в один канал, уменьшенный через F_SETPIPE_SZ до одной страницы. Вызов write() не более чем на PIPE_BUF байт атомарен: он ждёт места и попадает в канал целиком. Больший write() при заполненном канале разбивается на части, и части разных писателей перемежаются — читатель получает разорванные записи.</translation>
    </message>
    <message>
        <source>A default pipe, a reader at %1 messages/s…</source>
        <translation>Канал по умолчанию, читатель — %1 сообщений/с…</translation>
    </message>
    <message>
        <source>The same after F_SETPIPE_SZ(%1 B)…</source>
        <translation>То же после F_SETPIPE_SZ(%1 Б)…</translation>
    </message>
    <message>
        <source>A pipe of %1 B; %2 writers × %3 records of %1 B (PIPE_BUF)…</source>
        <translation>Канал на %1 Б; писателей: %2, у каждого %3 записей по %1 Б (PIPE_BUF)…</translation>
    </message>
    <message>
        <source>The same pipe; %2 writers × %3 records of %1 B (4 × PIPE_BUF)…</source>
        <translation>Тот же канал; писателей: %2, у каждого %3 записей по %1 Б (4 × PIPE_BUF)…</translation>
    </message>
    <message>
        <source>%1 × %2 SIGUSR1 with kill()…</source>
        <translation>%1 × %2 SIGUSR1 через kill()…</translation>
    </message>
    <message>
        <source>%1 × %2 SIGRTMIN with sigqueue()…</source>
        <translation>%1 × %2 SIGRTMIN через sigqueue()…</translation>
    </message>
    <message>
        <source>The reader leaves after %1 messages; the writer keeps writing…</source>
        <translation>Читатель уходит после %1 сообщений; писатель продолжает писать…</translation>
    </message>
    <message>
        <source>Four processes each add 1 to one counter in shared memory, 50 000 times: read, then write back + 1. Without a semaphore two read the same value and an update is lost; with a System V semaphore around each update (P, update, V) none is. Every 5 000th time each yields the CPU between read and write (sched_yield), as a preemption would, so the race shows on a busy machine too.</source>
        <translation>Четыре процесса по 50 000 раз прибавляют 1 к одному счётчику в разделяемой памяти: читают, затем записывают + 1. Без семафора два процесса читают одно и то же значение, и обновление теряется; с семафором System V вокруг каждого обновления (P, обновление, V) — ни одно. Каждый пятитысячный раз процесс уступает процессор между чтением и записью (sched_yield), как при вытеснении: гонка видна и на загруженной машине.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Live</source>
        <translation>Вживую</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Запуск</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Уроки</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Механизм</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Уроки</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Ядро</translation>
    </message>
    <message>
        <source>This run</source>
        <translation>Этот запуск</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Пуск</translation>
    </message>
    <message>
        <source>Start the scenario with real processes (F5)</source>
        <translation>Запустить сценарий с настоящими процессами (F5)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Hold every worker before its next call (F6)</source>
        <translation>Приостановить каждый рабочий процесс перед его следующим вызовом (F6)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Let one worker make one call: a send, a receive, a P or a V (F10)</source>
        <translation>Дать одному рабочему процессу выполнить один вызов: отправку, приём, P или V (F10)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>Stop the workers and remove the run&apos;s objects (Shift+F5)</source>
        <translation>Остановить рабочие процессы и удалить объекты запуска (Shift+F5)</translation>
    </message>
    <message>
        <source>Save graph…</source>
        <translation>Сохранить график…</translation>
    </message>
    <message>
        <source>Save screenshot…</source>
        <translation>Сохранить снимок окна…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Крупнее</translation>
    </message>
    <message>
        <source>Larger text and scene (Ctrl++)</source>
        <translation>Увеличить текст и сцену (Ctrl++)</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Мельче</translation>
    </message>
    <message>
        <source>Smaller text and scene (Ctrl+-)</source>
        <translation>Уменьшить текст и сцену (Ctrl+-)</translation>
    </message>
    <message>
        <source>Normal size</source>
        <translation>Обычный размер</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Презентация</translation>
    </message>
    <message>
        <source>Only the scene and the graph, for the projector (F12)</source>
        <translation>Только сцена и график — для проектора (F12)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Во весь экран</translation>
    </message>
    <message>
        <source>About ipcscope</source>
        <translation>О программе ipcscope</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>&amp;Примеры</translation>
    </message>
    <message>
        <source>&amp;Recent scenarios</source>
        <translation>&amp;Недавние сценарии</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>&amp;Открыть сценарий…</translation>
    </message>
    <message>
        <source>&amp;Save scenario</source>
        <translation>&amp;Сохранить сценарий</translation>
    </message>
    <message>
        <source>Save scenario &amp;as…</source>
        <translation>Сохранить сценарий &amp;как…</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Светлая</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
</context>
<context>
    <name>MechanismCatalog</name>
    <message>
        <source>Signals</source>
        <translation>Сигналы</translation>
    </message>
    <message>
        <source>Pipes &amp; FIFOs</source>
        <translation>Каналы и FIFO</translation>
    </message>
    <message>
        <source>Shared memory</source>
        <translation>Разделяемая память</translation>
    </message>
    <message>
        <source>Message queues</source>
        <translation>Очереди сообщений</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>Сокеты</translation>
    </message>
    <message>
        <source>Standard signals (SIGUSR1)</source>
        <translation>Стандартные сигналы (SIGUSR1)</translation>
    </message>
    <message>
        <source>kill() sends SIGUSR1; the consumer takes it with sigwaitinfo(). A standard signal is one pending bit: signals sent while one is still pending merge into it, so fewer arrive than were sent.</source>
        <translation>kill() посылает SIGUSR1; потребитель принимает его с помощью sigwaitinfo(). Стандартный сигнал — это один бит «ожидает доставки»: сигналы, посланные, пока предыдущий ещё ожидает доставки, сливаются с ним, поэтому доходит меньше сигналов, чем было послано.</translation>
    </message>
    <message>
        <source>Real-time signals (sigqueue)</source>
        <translation>Сигналы реального времени (sigqueue)</translation>
    </message>
    <message>
        <source>sigqueue() sends SIGRTMIN with an 8-byte value. Real-time signals queue: none is lost, they arrive in order, each with its value — here the producer, the sequence number and the send time.</source>
        <translation>sigqueue() посылает SIGRTMIN с 8-байтовым значением. Сигналы реального времени ставятся в очередь: ни один не теряется, они приходят по порядку, каждый со своим значением — здесь это производитель, порядковый номер и время отправки.</translation>
    </message>
    <message>
        <source>Anonymous pipe</source>
        <translation>Неименованный канал</translation>
    </message>
    <message>
        <source>pipe() makes a one-way byte stream in the kernel; the workers inherit its ends, as a child does across fork(). write() waits while the pipe is full, read() while it is empty.</source>
        <translation>pipe() создаёт в ядре однонаправленный поток байтов; рабочие процессы наследуют его концы, как дочерний процесс наследует их при fork(). write() ждёт, если канал полон, read() — если он пуст.</translation>
    </message>
    <message>
        <source>Named pipe (FIFO)</source>
        <translation>Именованный канал (FIFO)</translation>
    </message>
    <message>
        <source>mkfifo() gives a pipe a name in the file system, so unrelated processes can open it by path. open() waits until there is both a reader and a writer.</source>
        <translation>mkfifo() даёт каналу имя в файловой системе, поэтому его могут открыть по пути и неродственные процессы. open() ждёт, пока у канала не появятся и читающий, и пишущий процесс.</translation>
    </message>
    <message>
        <source>System V shared memory + semaphores</source>
        <translation>Разделяемая память System V + семафоры</translation>
    </message>
    <message>
        <source>shmget() finds a segment by its key and shmat() maps it into each worker: the data is copied into a ring of slots. A System V semaphore set guards it: P(empty) waits for a free slot, V(full) announces a filled one, &apos;put&apos; and &apos;take&apos; are the two sides&apos; mutexes.</source>
        <translation>shmget() находит сегмент по ключу, а shmat() отображает его в каждый рабочий процесс: данные копируются в ячейки кольцевого буфера. Буфер охраняет набор семафоров System V: P(empty) ждёт свободную ячейку, V(full) сообщает о заполненной, а &apos;put&apos; и &apos;take&apos; — мьютексы каждой из двух сторон.</translation>
    </message>
    <message>
        <source>POSIX shared memory + semaphores</source>
        <translation>Разделяемая память POSIX + семафоры</translation>
    </message>
    <message>
        <source>shm_open() and mmap() map a file in /dev/shm into each worker. Named POSIX semaphores guard the ring: sem_wait() and sem_post(). Without contention they never enter the kernel.</source>
        <translation>shm_open() и mmap() отображают файл из /dev/shm в каждый рабочий процесс. Кольцевой буфер охраняют именованные семафоры POSIX: sem_wait() и sem_post(). Без конкуренции они вообще не обращаются к ядру.</translation>
    </message>
    <message>
        <source>Shared memory + process-shared mutex</source>
        <translation>Разделяемая память + межпроцессный мьютекс</translation>
    </message>
    <message>
        <source>The same ring, guarded as threads guard memory: a pthread mutex and two condition variables made PTHREAD_PROCESS_SHARED. Both are futexes underneath.</source>
        <translation>Тот же кольцевой буфер, защищённый так, как потоки защищают память: мьютекс pthread и две условные переменные с атрибутом PTHREAD_PROCESS_SHARED. Внутри и то и другое — фьютексы (futex).</translation>
    </message>
    <message>
        <source>Shared memory without synchronisation</source>
        <translation>Разделяемая память без синхронизации</translation>
    </message>
    <message>
        <source>The ring with no semaphore and no lock: the race. Producers overwrite slots nobody has read, consumers read a slot twice or while it is being written. Every lost, duplicated and torn message is counted.</source>
        <translation>Кольцевой буфер без семафора и без блокировки — это гонка. Производители перезаписывают ячейки, которые никто не прочитал; потребители читают ячейку дважды или прямо во время записи в неё. Каждое потерянное, продублированное и разорванное сообщение учитывается.</translation>
    </message>
    <message>
        <source>System V message queue</source>
        <translation>Очередь сообщений System V</translation>
    </message>
    <message>
        <source>POSIX message queue</source>
        <translation>Очередь сообщений POSIX</translation>
    </message>
    <message>
        <source>mq_open(), mq_send() and mq_receive(): whole messages with a priority; the highest priority is received first. The queue holds at most msg_max messages.</source>
        <translation>mq_open(), mq_send() и mq_receive(): сообщения целиком, каждое с приоритетом; первым принимается сообщение с наивысшим приоритетом. В очереди помещается не более msg_max сообщений.</translation>
    </message>
    <message>
        <source>Unix domain socket (stream)</source>
        <translation>Сокет домена Unix (потоковый)</translation>
    </message>
    <message>
        <source>socket(AF_UNIX, SOCK_STREAM): a connected, two-way byte stream between processes on one machine, found by a path.</source>
        <translation>socket(AF_UNIX, SOCK_STREAM): двусторонний поток байтов с установлением соединения между процессами на одной машине; сокет находят по пути в файловой системе.</translation>
    </message>
    <message>
        <source>Unix domain socket (datagram)</source>
        <translation>Сокет домена Unix (дейтаграммный)</translation>
    </message>
    <message>
        <source>socket(AF_UNIX, SOCK_DGRAM): whole messages to a socket found by its path. Reliable on one machine: a full receiver makes the sender wait.</source>
        <translation>socket(AF_UNIX, SOCK_DGRAM): сообщения целиком, в сокет, найденный по его пути. На одной машине это надёжно: переполненный получатель заставляет отправителя ждать.</translation>
    </message>
    <message>
        <source>TCP on loopback</source>
        <translation>TCP через петлевой интерфейс</translation>
    </message>
    <message>
        <source>socket(AF_INET, SOCK_STREAM) on 127.0.0.1: the network stack without the network — a reliable, ordered byte stream with acknowledgements and flow control.</source>
        <translation>socket(AF_INET, SOCK_STREAM) на 127.0.0.1: сетевой стек без сети — надёжный упорядоченный поток байтов с подтверждениями и управлением потоком.</translation>
    </message>
    <message>
        <source>UDP on loopback</source>
        <translation>UDP через петлевой интерфейс</translation>
    </message>
    <message>
        <source>socket(AF_INET, SOCK_DGRAM) on 127.0.0.1: datagrams without connection or acknowledgement. When the receive buffer is full the kernel drops the datagram — loss even on one machine.</source>
        <translation>socket(AF_INET, SOCK_DGRAM) на 127.0.0.1: дейтаграммы без соединения и без подтверждений. Когда буфер приёма полон, ядро отбрасывает дейтаграмму — потери даже на одной машине.</translation>
    </message>
    <message>
        <source>msgget() finds a queue by its key; msgsnd() and msgrcv() move whole messages, each with an mtype. msgsnd() waits while the message would not fit in the queue (msg_qbytes, msgmnb by default).</source>
        <translation>msgget() находит очередь по ключу; msgsnd() и msgrcv() передают сообщения целиком, каждое со своим mtype. msgsnd() ждёт, пока сообщение не поместится в очередь (msg_qbytes, по умолчанию msgmnb).</translation>
    </message>
</context>
<context>
    <name>ObjectReadings</name>
    <message>
        <source>segment key %1 · shmid %2</source>
        <translation>сегмент: ключ %1 · shmid %2</translation>
    </message>
    <message>
        <source>/dev/shm%1</source>
        <translation>/dev/shm%1</translation>
    </message>
    <message>
        <source>queue key %1 · msqid %2</source>
        <translation>очередь: ключ %1 · msqid %2</translation>
    </message>
    <message>
        <source>queue /dev/mqueue%1</source>
        <translation>очередь /dev/mqueue%1</translation>
    </message>
    <message>
        <source>pipe: each worker inherited one end as fd 3</source>
        <translation>канал: каждый процесс унаследовал свой конец как fd 3</translation>
    </message>
    <message>
        <source>FIFO %1</source>
        <translation>FIFO %1</translation>
    </message>
    <message>
        <source>connections to 127.0.0.1:%1</source>
        <translation>соединения с 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>sockets in %1</source>
        <translation>сокеты в %1</translation>
    </message>
    <message>
        <source>socket %1/dgram.sock</source>
        <translation>сокет %1/dgram.sock</translation>
    </message>
    <message>
        <source>socket 127.0.0.1:%1</source>
        <translation>сокет 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>SIGRTMIN queue of pid %1</source>
        <translation>очередь SIGRTMIN процесса (pid %1)</translation>
    </message>
    <message>
        <source>SIGUSR1 pending on pid %1</source>
        <translation>SIGUSR1 в ожидании доставки (pid %1)</translation>
    </message>
    <message>
        <source>%1 in /dev/shm</source>
        <translation>%1 в /dev/shm</translation>
    </message>
    <message>
        <source>mutex held by %1 (thread id %2, from its futex word)</source>
        <translation>мьютекс захвачен: %1 (id потока %2, из слова futex)</translation>
    </message>
    <message>
        <source>mutex free (futex word 0)</source>
        <translation>мьютекс свободен (слово futex равно 0)</translation>
    </message>
    <message>
        <source>head %1, tail %2: written and read with no lock, nothing keeps them apart</source>
        <translation>голова %1, хвост %2: пишутся и читаются без блокировки, ничто не мешает им пересечься</translation>
    </message>
    <message>
        <source>so far: %1 duplicated, %2 corrupted, %3 not (yet) received</source>
        <translation>пока: продублировано %1, повреждено %2, не получено (ещё) %3</translation>
    </message>
    <message>
        <source>msg_qnum %1 messages · msg_cbytes %2 of msg_qbytes %3</source>
        <translation>msg_qnum %1 сообщ. · msg_cbytes %2 из msg_qbytes %3</translation>
    </message>
    <message>
        <source>last msgsnd: %1 (pid %2) · last msgrcv: %3 (pid %4)</source>
        <translation>последний msgsnd: %1 (pid %2) · последний msgrcv: %3 (pid %4)</translation>
    </message>
    <message>
        <source>mq_curmsgs %1 of mq_maxmsg %2 · mq_msgsize %3 B</source>
        <translation>mq_curmsgs %1 из mq_maxmsg %2 · mq_msgsize %3 Б</translation>
    </message>
    <message>
        <source>priority: producer Pn sends with priority n; the highest is received first</source>
        <translation>приоритет: производитель Pn отправляет с приоритетом n; наивысший принимается первым</translation>
    </message>
    <message>
        <source>%1 of %2 B waiting (FIONREAD; capacity from F_GETPIPE_SZ)</source>
        <translation>%1 из %2 Б ожидают чтения (FIONREAD; ёмкость из F_GETPIPE_SZ)</translation>
    </message>
    <message>
        <source>%1 B waiting (FIONREAD, as the readers see it)</source>
        <translation>%1 Б ожидают чтения (FIONREAD, с точки зрения читателей)</translation>
    </message>
    <message>
        <source>the receivers share one socket; a full queue makes senders wait</source>
        <translation>получатели используют один общий сокет; при полной очереди отправители ждут</translation>
    </message>
    <message>
        <source>rx_queue %1 B · dropped by the kernel: %2 datagrams (/proc/net/udp)</source>
        <translation>rx_queue %1 Б · ядро отбросило дейтаграмм: %2 (/proc/net/udp)</translation>
    </message>
    <message>
        <source>sent %1 · received %2</source>
        <translation>отправлено %1 · получено %2</translation>
    </message>
    <message>
        <source>SigQ %1 of %2 (queued signals of this user, /proc/PID/status)</source>
        <translation>SigQ %1 из %2 (сигналы этого пользователя в очереди, /proc/PID/status)</translation>
    </message>
    <message>
        <source>a second SIGUSR1 sent while one is pending merges into it</source>
        <translation>второй SIGUSR1, отправленный, пока первый ожидает доставки, сливается с ним</translation>
    </message>
    <message>
        <source>free slots</source>
        <translation>свободные ячейки</translation>
    </message>
    <message>
        <source>filled slots</source>
        <translation>занятые ячейки</translation>
    </message>
    <message>
        <source>producers&apos; lock</source>
        <translation>замок записи</translation>
    </message>
    <message>
        <source>consumers&apos; lock</source>
        <translation>замок чтения</translation>
    </message>
    <message>
        <source>1 free, 0 held</source>
        <translation>1 — свободен, 0 — захвачен</translation>
    </message>
    <message>
        <source>consumers wait</source>
        <translation>ждут потребители</translation>
    </message>
    <message>
        <source>producers wait</source>
        <translation>ждут производители</translation>
    </message>
    <message>
        <source>mutex held by thread id %1 (from its futex word)</source>
        <translation>мьютекс захвачен потоком с id %1 (из слова futex)</translation>
    </message>
    <message>
        <source>rx_queue %1 B · tx_queue %2 B · sockets: %3 (/proc/net/tcp)</source>
        <translation>rx_queue %1 Б · tx_queue %2 Б · сокетов: %3 (/proc/net/tcp)</translation>
    </message>
    <message numerus="yes">
        <source>%n attached (shm_nattch)</source>
        <translation>
            <numerusform>подключён %n процесс (shm_nattch)</numerusform>
            <numerusform>подключено %n процесса (shm_nattch)</numerusform>
            <numerusform>подключено %n процессов (shm_nattch)</numerusform>
        </translation>
    </message>
    <message>
        <source>created by pid %1 · last shmat/shmdt: pid %2</source>
        <translation>создал pid %1 · последний shmat/shmdt: pid %2</translation>
    </message>
    <message>
        <source>%1 slots × %2 · %3 filled (semaphore &apos;full&apos;)</source>
        <translation>%1 яч. × %2 · заполнено %3 (семафор &apos;full&apos;)</translation>
    </message>
    <message>
        <source>%1 slots × %2 · %3 filled</source>
        <translation>%1 яч. × %2 · заполнено %3</translation>
    </message>
</context>
<context>
    <name>RingItem</name>
    <message>
        <source>head</source>
        <translation>голова</translation>
    </message>
    <message>
        <source>tail</source>
        <translation>хвост</translation>
    </message>
    <message>
        <source>first %1 of %2 slots</source>
        <translation>первые %1 из %2 ячеек</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>unknown mechanism &apos;%1&apos; (one of: %2)</source>
        <translation>неизвестный механизм &apos;%1&apos; (допустимы: %2)</translation>
    </message>
    <message>
        <source>the message size cannot be negative (%1 B)</source>
        <translation>размер сообщения не может быть отрицательным (%1 Б)</translation>
    </message>
    <message>
        <source>the count must be at least 1 message per producer (got %1)</source>
        <translation>число сообщений должно быть не меньше 1 на производителя (задано %1)</translation>
    </message>
    <message>
        <source>the duration cannot be negative (%1 s)</source>
        <translation>длительность не может быть отрицательной (%1 с)</translation>
    </message>
    <message>
        <source>the duration is at most %1 s (got %2)</source>
        <translation>длительность — не более %1 с (задано %2)</translation>
    </message>
    <message>
        <source>the rate cannot be negative (%1 messages/s)</source>
        <translation>темп не может быть отрицательным (%1 сообщений/с)</translation>
    </message>
    <message>
        <source>the rate is at most %1 messages/s (got %2)</source>
        <translation>темп — не более %1 сообщений/с (задано %2)</translation>
    </message>
    <message>
        <source>a ping-pong runs one producer and one consumer (got %1 and %2)</source>
        <translation>в пинг-понге участвуют один производитель и один потребитель (задано %1 и %2)</translation>
    </message>
    <message>
        <source>the payload text is limited to %1 characters</source>
        <translation>текст сообщения — не более %1 символов</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number</source>
        <translation>&apos;%1&apos; должно быть числом</translation>
    </message>
    <message>
        <source>a pipe capacity of %1 B is over the limit: %2; only root may set more</source>
        <translation>ёмкость канала %1 Б превышает ограничение: %2; больше может установить только root</translation>
    </message>
    <message>
        <source>a mechanism id is at most %1 characters</source>
        <translation>идентификатор механизма — не более %1 символов</translation>
    </message>
    <message>
        <source>the count is at most %1 messages per producer (got %2)</source>
        <translation>число сообщений — не более %1 на производителя (задано %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number (got %2)</source>
        <translation>&apos;%1&apos; должно быть целым числом (задано %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is outside %2..%3 (got %4)</source>
        <translation>&apos;%1&apos; вне диапазона %2..%3 (задано %4)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text</source>
        <translation>&apos;%1&apos; должно быть строкой</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than %2 characters</source>
        <translation>&apos;%1&apos; длиннее %2 символов</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>&apos;%1&apos; должно быть true или false</translation>
    </message>
    <message>
        <source>&apos;pattern&apos; must be &quot;one-way&quot; or &quot;ping-pong&quot;</source>
        <translation>&apos;pattern&apos; должно быть &quot;one-way&quot; или &quot;ping-pong&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object</source>
        <translation>&apos;%1&apos; должно быть объектом</translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <source>Producers</source>
        <translation>Производители</translation>
    </message>
    <message>
        <source>Consumers</source>
        <translation>Потребители</translation>
    </message>
    <message>
        <source>Message size</source>
        <translation>Размер сообщения</translation>
    </message>
    <message>
        <source>64, 4K, 1M</source>
        <translation>64, 4K, 1M</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Темп</translation>
    </message>
    <message>
        <source>How much</source>
        <translation>Сколько</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Payload text</source>
        <translation>Текст сообщения</translation>
    </message>
    <message>
        <source>Ring slots</source>
        <translation>Ячейки буфера</translation>
    </message>
</context>
<context>
    <name>ScenarioFile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not JSON (%2 at byte %3)</source>
        <translation>%1: это не JSON (%2, байт %3)</translation>
    </message>
    <message>
        <source>%1: not an ipcscope scenario (no &quot;%2&quot;: %3)</source>
        <translation>%1: не сценарий ipcscope (нет &quot;%2&quot;: %3)</translation>
    </message>
    <message>
        <source>layout: zoom %1 is outside %2..%3</source>
        <translation>layout: масштаб %1 вне диапазона %2..%3</translation>
    </message>
    <message>
        <source>layout: call_every_s %1 is outside 0..%2</source>
        <translation>layout: call_every_s %1 вне диапазона 0..%2</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>это не обычный файл</translation>
    </message>
    <message>
        <source>larger than %1 bytes, the most a scenario file may hold</source>
        <translation>больше %1 байт — предельного размера файла сценария</translation>
    </message>
    <message>
        <source>&apos;layout&apos; must be an object</source>
        <translation>&apos;layout&apos; должно быть объектом</translation>
    </message>
    <message>
        <source>layout: presentation must be true or false</source>
        <translation>layout: presentation должно быть true или false</translation>
    </message>
    <message>
        <source>layout: %1 must be a number</source>
        <translation>layout: %1 должно быть числом</translation>
    </message>
    <message>
        <source>&apos;title&apos; must be an object: a language code and its title</source>
        <translation>&apos;title&apos; должно быть объектом: код языка и заголовок на этом языке</translation>
    </message>
    <message>
        <source>title: a language code is at most %1 characters</source>
        <translation>title: код языка — не более %1 символов</translation>
    </message>
    <message>
        <source>title: &apos;%1&apos; must be text</source>
        <translation>title: &apos;%1&apos; должно быть строкой</translation>
    </message>
    <message>
        <source>title: &apos;%1&apos; is longer than %2 characters</source>
        <translation>title: &apos;%1&apos; длиннее %2 символов</translation>
    </message>
</context>
<context>
    <name>SemaphoreItem</name>
    <message>
        <source>%1 by %2</source>
        <translation>%2 выполнил %1</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>ждут: %1</translation>
    </message>
    <message>
        <source>nobody waits</source>
        <translation>никто не ждёт</translation>
    </message>
    <message>
        <source>last: pid %1</source>
        <translation>последний: pid %1</translation>
    </message>
    <message>
        <source>last: %1, pid %2</source>
        <translation>последний: %1, pid %2</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>ipcscope-worker was not found beside %1 or on PATH</source>
        <translation>ipcscope-worker не найден ни рядом с %1, ни в PATH</translation>
    </message>
</context>
<context>
    <name>SignalItem</name>
    <message>
        <source>pending bit</source>
        <translation>бит ожидания</translation>
    </message>
</context>
<context>
    <name>TokenFlow</name>
    <message>
        <source>merged: a SIGUSR1 was already pending</source>
        <translation>объединён: SIGUSR1 уже ожидал доставки</translation>
    </message>
    <message>
        <source>corrupted</source>
        <translation>повреждено</translation>
    </message>
    <message>
        <source>duplicate #%1</source>
        <translation>дубликат #%1</translation>
    </message>
    <message>
        <source>failed its checksum</source>
        <translation>не сошлась контрольная сумма</translation>
    </message>
    <message>
        <source>received twice</source>
        <translation>получено дважды</translation>
    </message>
    <message>
        <source>overwritten before it was read</source>
        <translation>перезаписано до прочтения</translation>
    </message>
</context>
<context>
    <name>VerdictText</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>lossy</source>
        <translation>с потерями</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>не определено</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>сбой</translation>
    </message>
    <message>
        <source>msg/s</source>
        <translation>сообщ./с</translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation>МБ/с</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <extracomment>A verdict: &quot;high (msg/s, 84 %)&quot;: the class, the unit it was judged in, the share of the fastest</extracomment>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>lossy — %1 lost</source>
        <translation>с потерями — потеряно %1</translation>
    </message>
    <message>
        <source>undecided (spread)</source>
        <translation>не определено (разброс)</translation>
    </message>
    <message>
        <source>undecided (nothing to compare with)</source>
        <translation>не определено (не с чем сравнить)</translation>
    </message>
    <message>
        <source>Nothing was measured.</source>
        <translation>Ничего не измерено.</translation>
    </message>
    <message>
        <source>It lost messages, so it gets no class and sets no standard for the others.</source>
        <translation>Сообщения терялись: класс не присваивается, и для остальных этот механизм не эталон.</translation>
    </message>
    <message>
        <source>Judged in %1, but no mechanism that lost nothing was measured with a message below %2 to compare it with.</source>
        <translation>Оценивается в %1, но ни один механизм без потерь не измерен с сообщениями меньше %2 — сравнить не с чем.</translation>
    </message>
    <message>
        <source>%1 of the fastest mechanism that lost nothing at %2, %3 with %4, in %5.</source>
        <translation>%1 от самого быстрого механизма без потерь при %2 — %3, %4; единица — %5.</translation>
    </message>
    <message>
        <source>Its spread reaches into two classes: undecided.</source>
        <translation>Разброс захватывает два класса: не определено.</translation>
    </message>
    <message>
        <source>Judged figure: %1.</source>
        <translation>Оцениваемая величина: %1.</translation>
    </message>
    <message>
        <source>Judged figure: %1 (%2–%3).</source>
        <translation>Оцениваемая величина: %1 (%2–%3).</translation>
    </message>
    <message>
        <source>A single sample: one repetition has no spread.</source>
        <translation>Единичный замер: у одного повтора нет разброса.</translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>совпадает</translation>
    </message>
    <message>
        <source>the lecture says %1</source>
        <translation>в лекции: %1</translation>
    </message>
    <message>
        <source>Classes against the fastest mechanism that lost nothing at the same message size and workers: high from %1, medium from %2, low below; in messages a second for signals and below %3, in MB/s from %3.</source>
        <translation>Классы — относительно самого быстрого механизма без потерь при том же размере сообщения и числе процессов: высокая — от %1, средняя — от %2, ниже — низкая; для сигналов и сообщений меньше %3 — в сообщениях в секунду, от %3 — в МБ/с.</translation>
    </message>
    <message>
        <source>One repetition: every figure is a single sample, with no spread to tell chance from a difference. Three or more repetitions decide.</source>
        <translation>Один повтор: каждое число — единичный замер, и без разброса случайность не отличить от разницы. Решают три повтора и больше.</translation>
    </message>
</context>
<context>
    <name>WorkerItem</name>
    <message>
        <source>pid %1</source>
        <translation>pid %1</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>запускается</translation>
    </message>
    <message>
        <source>exited with status %1</source>
        <translation>завершён с кодом %1</translation>
    </message>
    <message>
        <source>killed by %1</source>
        <translation>убит сигналом %1</translation>
    </message>
    <message>
        <source>asleep in the kernel: %1</source>
        <translation>спит в ядре: %1</translation>
    </message>
    <message>
        <source>%1 msgs</source>
        <translation>%1 сообщ.</translation>
    </message>
</context>
<context>
    <name>WorkerState</name>
    <message>
        <source>%1(%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>запускается</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>готов</translation>
    </message>
    <message>
        <source>running</source>
        <translation>работает</translation>
    </message>
    <message>
        <source>blocked in %1</source>
        <translation>заблокирован (%1)</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>в работе (%1)</translation>
    </message>
    <message>
        <source>in critical section (%1)</source>
        <translation>в критической секции (%1)</translation>
    </message>
    <message>
        <source>paused before %1</source>
        <translation>на паузе (далее %1)</translation>
    </message>
    <message>
        <source>waiting for its next send (rate)</source>
        <translation>ждёт следующей отправки (темп)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>завершён</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>сбой: %1</translation>
    </message>
    <message>
        <source>send</source>
        <extracomment>The operation a worker is in, shown as &quot;blocked in %1&quot;, &quot;paused before %1&quot;</extracomment>
        <translation>отправка</translation>
    </message>
    <message>
        <source>receive</source>
        <extracomment>The operation a worker is in, shown as &quot;blocked in %1&quot;, &quot;paused before %1&quot;</extracomment>
        <translation>приём</translation>
    </message>
    <message>
        <source>lock</source>
        <extracomment>The operation a worker is in, shown as &quot;blocked in %1&quot;, &quot;paused before %1&quot;</extracomment>
        <translation>захват</translation>
    </message>
    <message>
        <source>unlock</source>
        <extracomment>The operation a worker is in, shown as &quot;blocked in %1&quot;, &quot;paused before %1&quot;</extracomment>
        <translation>освобождение</translation>
    </message>
    <message>
        <source>wait</source>
        <extracomment>The operation a worker is in, shown as &quot;blocked in %1&quot;, &quot;paused before %1&quot;</extracomment>
        <translation>ожидание</translation>
    </message>
    <message>
        <source>signal</source>
        <extracomment>The operation a worker is in, shown as &quot;blocked in %1&quot;, &quot;paused before %1&quot;</extracomment>
        <translation>сигнал</translation>
    </message>
</context>
<context>
    <name>ipcscope::CodeView</name>
    <message>
        <source>Producer</source>
        <translation>Производитель</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>Потребитель</translation>
    </message>
</context>
<context>
    <name>ipcscope::CompareCharts</name>
    <message>
        <source>%1 %2</source>
        <extracomment>A tick of the throughput axis: &quot;10 MB/s&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 мкс</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1G</source>
        <extracomment>A count in billions on an axis: &quot;2G&quot;</extracomment>
        <translation>%1 млрд</translation>
    </message>
    <message>
        <source>%1M</source>
        <extracomment>A count in millions on an axis: &quot;2M&quot;</extracomment>
        <translation>%1 млн</translation>
    </message>
    <message>
        <source>%1k</source>
        <extracomment>A count in thousands on an axis: &quot;20k&quot;</extracomment>
        <translation>%1 тыс.</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Пропускная способность</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Туда и обратно</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>Масштабирование</translation>
    </message>
    <message>
        <source>message size</source>
        <translation>размер сообщения</translation>
    </message>
    <message>
        <source>one-way stream</source>
        <translation>поток в одну сторону</translation>
    </message>
    <message>
        <source>producers : consumers</source>
        <translation>производители : потребители</translation>
    </message>
    <message>
        <source>messages a second</source>
        <translation>сообщений в секунду</translation>
    </message>
    <message>
        <source>CPU per message</source>
        <translation>время ЦП на сообщение</translation>
    </message>
    <message>
        <source>faded, dashed: saved (%1)</source>
        <translation>бледно, пунктиром: сохранённое (%1)</translation>
    </message>
    <message>
        <source>hollow: messages lost</source>
        <translation>пустые: были потери</translation>
    </message>
    <message>
        <source>at %1: bar p50, whisker p99</source>
        <translation>при %1: столбик — p50, усик — p99</translation>
    </message>
    <message>
        <source>round trip</source>
        <translation>туда и обратно</translation>
    </message>
    <message>
        <source>Tick “Scaling” and run to measure 1:1, 2:2 and 4:4.</source>
        <translation>Отметьте «Масштабирование» и запустите, чтобы измерить 1:1, 2:2 и 4:4.</translation>
    </message>
    <message numerus="yes">
        <source>N producers and N consumers at %1, on this machine&apos;s %n CPU(s): more workers than CPUs take turns.</source>
        <translation>
            <numerusform>N производителей и N потребителей при %1 на машине с %n ЦП: если процессов больше, чем ЦП, они работают по очереди.</numerusform>
            <numerusform>N производителей и N потребителей при %1 на машине с %n ЦП: если процессов больше, чем ЦП, они работают по очереди.</numerusform>
            <numerusform>N производителей и N потребителей при %1 на машине с %n ЦП: если процессов больше, чем ЦП, они работают по очереди.</numerusform>
        </translation>
    </message>
    <message>
        <source>Message size:</source>
        <translation>Размер сообщения:</translation>
    </message>
</context>
<context>
    <name>ipcscope::CompareModel</name>
    <message>
        <source>not JSON: %1</source>
        <translation>не JSON: %1</translation>
    </message>
    <message>
        <source>not a comparison saved by ipcscope (no machine and rows)</source>
        <translation>это не сравнение, сохранённое ipcscope (нет machine и rows)</translation>
    </message>
    <message>
        <source>a row without its mechanism</source>
        <translation>строка без механизма</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>mechanism</source>
        <translation>механизм</translation>
    </message>
    <message>
        <source>P:C</source>
        <extracomment>Producers and consumers, as &quot;1:1&quot;</extracomment>
        <translation>P:C</translation>
    </message>
    <message>
        <source>size</source>
        <translation>размер</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>вердикт</translation>
    </message>
    <message>
        <source>lecture</source>
        <translation>лекция</translation>
    </message>
    <message>
        <source>vs lecture</source>
        <translation>с лекцией</translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation>МБ/с</translation>
    </message>
    <message>
        <source>msg/s</source>
        <translation>сообщ./с</translation>
    </message>
    <message>
        <source>round trip p50, µs</source>
        <translation>туда и обратно p50, мкс</translation>
    </message>
    <message>
        <source>round trip p99, µs</source>
        <translation>туда и обратно p99, мкс</translation>
    </message>
    <message>
        <source>one-way p50, µs (queueing)</source>
        <translation>в одну сторону p50, мкс (очередь)</translation>
    </message>
    <message>
        <source>CPU µs/msg</source>
        <translation>ЦП, мкс/сообщ.</translation>
    </message>
    <message>
        <source>ctxt/msg</source>
        <translation>перекл./сообщ.</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>потеряно</translation>
    </message>
    <message>
        <source>limit in flight</source>
        <translation>предел в пути</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>synchronisation</source>
        <translation>синхронизация</translation>
    </message>
    <message>
        <source>who waited</source>
        <translation>кто ждал</translation>
    </message>
    <message>
        <source>lecture: complexity</source>
        <translation>лекция: сложность</translation>
    </message>
    <message>
        <source>lecture: synchronisation</source>
        <translation>лекция: синхронизация</translation>
    </message>
    <message>
        <source>lecture: communication</source>
        <translation>лекция: обмен</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>сохранено</translation>
    </message>
    <message>
        <source>Producers and consumers: 1:1 for the lecture&apos;s table, more in a scaling sweep</source>
        <translation>Производители и потребители: 1:1 для таблицы из лекции, больше — при масштабировании</translation>
    </message>
    <message>
        <source>The lecture&apos;s word for the throughput</source>
        <translation>Пропускная способность, как её оценивает лекция</translation>
    </message>
    <message>
        <source>Whether the measured class is the lecture&apos;s word</source>
        <translation>Совпадает ли измеренный класс с оценкой лекции</translation>
    </message>
    <message>
        <source>One-way stream at full speed: median of the repetitions (min–max). The figure the verdict is drawn from is in bold.</source>
        <translation>Поток в одну сторону на полной скорости: медиана повторов (мин.–макс.). Величина, по которой вынесен вердикт, выделена жирным.</translation>
    </message>
    <message>
        <source>Ping-pong: one message there and back at a time, median of the repetitions (min–max)</source>
        <translation>Пинг-понг: по одному сообщению туда и обратно, медиана повторов (мин.–макс.)</translation>
    </message>
    <message>
        <source>CPU time, user and system, of the producer and the consumer per message, in µs</source>
        <translation>Время ЦП (пользовательское и системное) производителя и потребителя на одно сообщение, мкс</translation>
    </message>
    <message>
        <source>Context switches, voluntary and involuntary, of the producer and the consumer per message</source>
        <translation>Переключения контекста (добровольные и принудительные) производителя и потребителя на одно сообщение</translation>
    </message>
    <message>
        <source>Messages sent and never received, per run</source>
        <translation>Отправлено, но так и не получено, за один запуск</translation>
    </message>
    <message>
        <source>The limit on messages in flight with this machine&apos;s defaults: a sender that reaches it waits for the receiver</source>
        <translation>Предел сообщений в пути при настройках этой машины по умолчанию: отправитель, дойдя до него, ждёт получателя</translation>
    </message>
    <message>
        <source>The C the workers run (the Code view shows it): distinct calls and lines, and the objects a run of one producer and one consumer creates and must remove or close</source>
        <translation>Код на C, который выполняют рабочие процессы (его показывает панель «Код»): разные вызовы и строки, а также объекты, которые запуск одного производителя и одного потребителя создаёт и должен удалить или закрыть</translation>
    </message>
    <message>
        <source>What holds the two sides in step: the mechanism&apos;s own semaphores or locks, the kernel&apos;s blocking calls, or nothing</source>
        <translation>Что согласует две стороны: собственные семафоры или блокировки механизма, блокирующие вызовы ядра или ничего</translation>
    </message>
    <message>
        <source>Share of the samples, taken while the stream ran, in which the senders or the receivers were asleep in the kernel, and the call they slept in most: a sender waits when the object is full, a receiver when it is empty</source>
        <translation>Доля замеров во время потока, в которых отправители или получатели спали в ядре, и вызов, в котором они спали чаще всего: отправитель ждёт, когда объект полон, получатель — когда он пуст</translation>
    </message>
    <message>
        <source>The same point in the saved comparison opened beside this one, in the verdict&apos;s unit, and how many times faster this one is</source>
        <translation>Та же точка в открытом сохранённом сравнении — в единицах вердикта — и во сколько раз текущее быстрее</translation>
    </message>
    <message>
        <source>calls: %1, lines: %2, objects: %3</source>
        <extracomment>Counted in the C the workers run, and the kernel objects of a run</extracomment>
        <translation>вызовов: %1, строк: %2, объектов: %3</translation>
    </message>
    <message>
        <source>none: nothing holds the two sides in step</source>
        <translation>нет: стороны ничем не согласованы</translation>
    </message>
    <message>
        <source>the kernel&apos;s blocking calls</source>
        <translation>блокирующие вызовы ядра</translation>
    </message>
    <message>
        <source>a mutex and condition variables: %1</source>
        <translation>мьютекс и условные переменные: %1</translation>
    </message>
    <message>
        <source>semaphores: %1</source>
        <translation>семафоры: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>&quot;62 % in P(empty)&quot;: the share of samples asleep, and the call</extracomment>
        <translation>%1 в %2</translation>
    </message>
    <message>
        <source>sender %1; receiver %2</source>
        <translation>отправитель: %1; получатель: %2</translation>
    </message>
    <message>
        <source>%1 (×%2)</source>
        <extracomment>The saved comparison&apos;s figure, and how many times faster this one is: &quot;1.20 GB/s (×0.83)&quot;</extracomment>
        <translation>%1 (×%2)</translation>
    </message>
    <message>
        <source>A mechanism that lost messages, failed or is undecided is not compared with the lecture</source>
        <translation>Механизм с потерями, со сбоем или без решения с лекцией не сравнивается</translation>
    </message>
    <message>
        <source>The lecture: %1 (%2)</source>
        <translation>В лекции: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 samples of the senders, %2 of the receivers</source>
        <translation>замеров отправителей: %1, получателей: %2</translation>
    </message>
    <message>
        <source>Saved: %1, %2</source>
        <translation>Сохранено: %1, %2</translation>
    </message>
</context>
<context>
    <name>ipcscope::CompareView</name>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Таблица CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose at least one mechanism.</source>
        <translation>Выберите хотя бы один механизм.</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 из %2: %3</translation>
    </message>
    <message>
        <source>Cancelled; the rows measured so far are shown.</source>
        <translation>Отменено; показаны строки, измеренные до отмены.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n point(s) measured.</source>
        <translation>
            <numerusform>Готово: измерена %n точка.</numerusform>
            <numerusform>Готово: измерены %n точки.</numerusform>
            <numerusform>Готово: измерено %n точек.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Не удалось записать %1</translation>
    </message>
    <message>
        <source>Open a saved comparison</source>
        <translation>Открыть сохранённое сравнение</translation>
    </message>
    <message>
        <source>The live run of %1 was stopped: a comparison measures with nothing else of ours running.</source>
        <translation>Живой запуск («%1») остановлен: сравнение измеряет, только когда больше ничего нашего не работает.</translation>
    </message>
    <message>
        <source>%1 of %2: %3 — about %4 left</source>
        <translation>%1 из %2: %3 — осталось около %4</translation>
    </message>
    <message numerus="yes">
        <source>Measured on %1 (%n CPU(s)), %2; producer and consumer %3.</source>
        <translation>
            <numerusform>Измерено на %1 (ЦП: %n), %2; производитель и потребитель %3.</numerusform>
            <numerusform>Измерено на %1 (ЦП: %n), %2; производитель и потребитель %3.</numerusform>
            <numerusform>Измерено на %1 (ЦП: %n), %2; производитель и потребитель %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>on different CPUs</source>
        <translation>на разных ЦП</translation>
    </message>
    <message>
        <source>where the scheduler put them</source>
        <translation>там, где их разместил планировщик</translation>
    </message>
    <message>
        <source>Under this one, faded: %1, %2 (%3)</source>
        <translation>Бледно под текущим: %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Shown: %1, opened from %2. Run measures this machine and keeps it underneath.</source>
        <translation>Показано: %1, из файла %2. «Запустить» измерит эту машину и оставит показанное под новым.</translation>
    </message>
    <message>
        <source>larger than 16 MiB</source>
        <translation>больше 16 МиБ</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Не удалось открыть %1: %2</translation>
    </message>
</context>
<context>
    <name>ipcscope::FlowScene</name>
    <message numerus="yes">
        <source>%n producer(s)</source>
        <translation>
            <numerusform>%n производитель</numerusform>
            <numerusform>%n производителя</numerusform>
            <numerusform>%n производителей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consumer(s)</source>
        <translation>
            <numerusform>%n потребитель</numerusform>
            <numerusform>%n потребителя</numerusform>
            <numerusform>%n потребителей</numerusform>
        </translation>
    </message>
    <message>
        <source>full speed</source>
        <translation>максимальная скорость</translation>
    </message>
    <message>
        <source>Producer %1</source>
        <translation>Производитель %1</translation>
    </message>
    <message>
        <source>Consumer %1</source>
        <translation>Потребитель %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 messages sent, %2 received</source>
        <translation>отправлено сообщений: %1, получено: %2</translation>
    </message>
    <message>
        <source>%1 per message</source>
        <translation>%1 на сообщение</translation>
    </message>
    <message>
        <source>%1 per producer</source>
        <translation>%1 на производителя</translation>
    </message>
</context>
<context>
    <name>ipcscope::InspectorModel</name>
    <message>
        <source>object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>as the kernel lists it</source>
        <translation>как его показывает ядро</translation>
    </message>
    <message>
        <source>made by ipcscope</source>
        <translation>создан ipcscope</translation>
    </message>
    <message>
        <source>System V shared memory (ipcs -m)</source>
        <translation>Разделяемая память System V (ipcs -m)</translation>
    </message>
    <message>
        <source>System V message queues (ipcs -q)</source>
        <translation>Очереди сообщений System V (ipcs -q)</translation>
    </message>
    <message>
        <source>System V semaphore sets (ipcs -s)</source>
        <translation>Наборы семафоров System V (ipcs -s)</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>id %1</translation>
    </message>
    <message>
        <source>perms %1</source>
        <translation>права %1</translation>
    </message>
    <message>
        <source>POSIX objects (/dev/shm, /dev/mqueue)</source>
        <translation>Объекты POSIX (/dev/shm, /dev/mqueue)</translation>
    </message>
    <message>
        <source>message queues</source>
        <translation>очереди сообщений</translation>
    </message>
    <message>
        <source>not listed: /dev/mqueue is not mounted</source>
        <translation>не показаны: /dev/mqueue не смонтирован</translation>
    </message>
    <message>
        <source>POSIX message queues work without it; to list them, as root: mkdir -p /dev/mqueue &amp;&amp; mount -t mqueue none /dev/mqueue</source>
        <translation>Очереди сообщений POSIX работают и без этого; чтобы увидеть их здесь, выполните от root: mkdir -p /dev/mqueue &amp;&amp; mount -t mqueue none /dev/mqueue</translation>
    </message>
    <message>
        <source>%1, pid %2</source>
        <translation>%1, pid %2</translation>
    </message>
    <message>
        <source>mapped</source>
        <translation>отображён</translation>
    </message>
    <message>
        <source>fd %1</source>
        <translation>fd %1</translation>
    </message>
</context>
<context>
    <name>ipcscope::KernelModel</name>
    <message>
        <source>object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>as the kernel reports it</source>
        <translation>как его показывает ядро</translation>
    </message>
    <message>
        <source>kernel objects</source>
        <translation>объекты ядра</translation>
    </message>
    <message>
        <source>worker processes</source>
        <translation>рабочие процессы</translation>
    </message>
    <message>
        <source>pid %1</source>
        <translation>pid %1</translation>
    </message>
    <message>
        <source>system call</source>
        <translation>системный вызов</translation>
    </message>
    <message>
        <source>(running)</source>
        <translation>(выполняется)</translation>
    </message>
    <message>
        <source>wchan</source>
        <translation>wchan</translation>
    </message>
    <message>
        <source>CPU time</source>
        <translation>время ЦП</translation>
    </message>
    <message>
        <source>context switches</source>
        <translation>переключения контекста</translation>
    </message>
    <message>
        <source>%1 voluntary, %2 involuntary</source>
        <translation>добровольных: %1, принудительных: %2</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>завершение</translation>
    </message>
</context>
<context>
    <name>ipcscope::LessonPanel</name>
    <message>
        <source>Measured: %1</source>
        <translation>Измерено: %1</translation>
    </message>
    <message>
        <source>✓ As expected.</source>
        <translation>✓ Как ожидалось.</translation>
    </message>
    <message>
        <source>✗ Not as expected.</source>
        <translation>✗ Не так, как ожидалось.</translation>
    </message>
    <message>
        <source>Run the lesson</source>
        <translation>Запустить урок</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>Ожидается: %1</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Измерение…</translation>
    </message>
    <message>
        <source>Watch it live</source>
        <translation>Смотреть вживую</translation>
    </message>
    <message>
        <source>Open the scenario the lesson builds on in the Live view, to follow it step by step</source>
        <translation>Открыть сценарий урока на вкладке «Вживую», чтобы пройти его по шагам</translation>
    </message>
</context>
<context>
    <name>ipcscope::MainWindow</name>
    <message>
        <source>Cannot open the scenario: %1</source>
        <translation>Не удаётся открыть сценарий: %1</translation>
    </message>
    <message>
        <source>The live run was stopped for the lesson.</source>
        <translation>Текущий запуск остановлен: начинается урок.</translation>
    </message>
    <message>
        <source>as expected</source>
        <translation>как ожидалось</translation>
    </message>
    <message>
        <source>NOT as expected</source>
        <translation>НЕ так, как ожидалось</translation>
    </message>
    <message>
        <source>Rate set to unlimited</source>
        <translation>Темп установлен: без ограничения</translation>
    </message>
    <message>
        <source>Save the graph</source>
        <translation>Сохранить график</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>Изображение PNG (*.png);;Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save a screenshot</source>
        <translation>Сохранить снимок окна</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>About ipcscope</source>
        <translation>О программе ipcscope</translation>
    </message>
    <message>
        <source>ipcscope shows inter-process communication as it happens: real processes, real kernel objects, real numbers.</source>
        <translation>ipcscope показывает межпроцессное взаимодействие в момент, когда оно происходит: настоящие процессы, настоящие объекты ядра, настоящие числа.</translation>
    </message>
    <message>
        <source>The live run was stopped for the comparison.</source>
        <translation>Текущий запуск остановлен: начинается сравнение.</translation>
    </message>
    <message>
        <source>Started %1: %2</source>
        <translation>Запущен механизм «%1»: %2</translation>
    </message>
    <message>
        <source>No run: press Start (F5) to run the scenario.</source>
        <translation>Нет запуска: нажмите «Пуск» (F5), чтобы запустить сценарий.</translation>
    </message>
    <message>
        <source>A comparison or a lesson is measuring; start when it is done</source>
        <translation>Идёт измерение (сравнение или урок); запускайте, когда оно закончится</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>Запуск невозможен: %1</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>Не удалось запустить: %1</translation>
    </message>
    <message>
        <source>Nobody can take a step now: the workers are blocked in the kernel or not yet at their next call</source>
        <translation>Сейчас никто не может сделать шаг: рабочие процессы заблокированы в ядре или ещё не дошли до следующего вызова</translation>
    </message>
    <message>
        <source>%1 takes one step</source>
        <translation>%1 делает один шаг</translation>
    </message>
    <message numerus="yes">
        <source>%n corrupted message(s) so far</source>
        <translation>
            <numerusform>Уже повреждено %n сообщение</numerusform>
            <numerusform>Уже повреждено %n сообщения</numerusform>
            <numerusform>Уже повреждено %n сообщений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicated message(s) so far</source>
        <translation>
            <numerusform>Уже продублировано %n сообщение</numerusform>
            <numerusform>Уже продублировано %n сообщения</numerusform>
            <numerusform>Уже продублировано %n сообщений</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the scenario with real processes (F5)</source>
        <translation>Запустить сценарий с настоящими процессами (F5)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Работает</translation>
    </message>
    <message>
        <source>Ready: press Start (F5)</source>
        <translation>Готов к запуску: нажмите «Пуск» (F5)</translation>
    </message>
    <message>
        <source>Opened scenario %1</source>
        <translation>Открыт сценарий %1</translation>
    </message>
    <message>
        <source>Lesson “%1”: %2</source>
        <translation>Урок «%1»: %2</translation>
    </message>
    <message>
        <source>%1 frames/s · messages on screen: %2</source>
        <translation>%1 кадр/с · сообщений на экране: %2</translation>
    </message>
    <message>
        <source>Another ipcscope is running (pid %1): both work, each with its own kernel objects, but they share the CPUs, so measurements are slower than alone.</source>
        <translation>Запущен ещё один ipcscope (pid %1): оба работают, у каждого свои объекты ядра, но процессоры у них общие, поэтому измерения медленнее, чем при одном.</translation>
    </message>
    <message>
        <source>Opened scenario %1: %2</source>
        <translation>Открыт сценарий %1: %2</translation>
    </message>
    <message>
        <source>Cannot save the scenario: %1</source>
        <translation>Не удалось сохранить сценарий: %1</translation>
    </message>
    <message>
        <source>Saved scenario %1</source>
        <translation>Сценарий сохранён: %1</translation>
    </message>
    <message>
        <source>/dev/mqueue is not mounted here: the queue works all the same, but ls and the Inspector cannot list it (as root: mkdir -p /dev/mqueue &amp;&amp; mount -t mqueue none /dev/mqueue).</source>
        <translation>Файловая система /dev/mqueue здесь не смонтирована: очередь всё равно работает, но ls и инспектор не могут её показать (от root: mkdir -p /dev/mqueue &amp;&amp; mount -t mqueue none /dev/mqueue).</translation>
    </message>
    <message>
        <source>Stepping, %1</source>
        <translation>По шагам, %1</translation>
    </message>
    <message>
        <source>%1

Expected: %2

Real processes are running it; the Lessons panel lists what they report.</source>
        <translation>%1

Ожидается: %2

Урок выполняют настоящие процессы; панель «Уроки» перечисляет, что они сообщают.</translation>
    </message>
    <message>
        <source>%1

Expected: %2
Measured: %3

%4</source>
        <translation>%1

Ожидается: %2
Измерено: %3

%4</translation>
    </message>
    <message>
        <source>✓ As expected.</source>
        <translation>✓ Как ожидалось.</translation>
    </message>
    <message>
        <source>✗ Not as expected.</source>
        <translation>✗ Не так, как ожидалось.</translation>
    </message>
    <message>
        <source>%1

Expected: %2

Real processes are running it.</source>
        <translation>%1

Ожидается: %2

Урок выполняют настоящие процессы.</translation>
    </message>
    <message>
        <source>Rate set to %1 per producer</source>
        <translation>Темп установлен: %1 на производителя</translation>
    </message>
    <message>
        <source>Finished: %1 sent, %2 received, %3 lost, %4 duplicated, %5 corrupted; %6</source>
        <translation>Завершено: отправлено %1, получено %2, потеряно %3, продублировано %4, повреждено %5; %6</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 sent, %4 received</source>
        <translation>%1 · %2 · отправлено %3, получено %4</translation>
    </message>
</context>
<context>
    <name>ipcscope::PaceControl</name>
    <message>
        <source>1 call / %1 s</source>
        <translation>1 вызов / %1 с</translation>
    </message>
    <message>
        <source>%1 calls/s</source>
        <translation>%1 выз./с</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Темп</translation>
    </message>
    <message>
        <source>From one call every few seconds — the workers held and let through one call at a time — to messages per second per producer, to no limit at all</source>
        <translation>От одного вызова в несколько секунд (процессы удерживаются и пропускаются по одному вызову) до заданного числа сообщений в секунду на производителя и до работы без ограничения</translation>
    </message>
</context>
<context>
    <name>ipcscope::Run</name>
    <message>
        <source>producer</source>
        <translation>производитель</translation>
    </message>
    <message>
        <source>consumer</source>
        <translation>потребитель</translation>
    </message>
    <message>
        <source>a run starts only once</source>
        <translation>запуск можно начать только один раз</translation>
    </message>
    <message>
        <source>could not start %1: %2</source>
        <translation>%1 не запустился: %2</translation>
    </message>
    <message>
        <source>the workers did not get ready within %1 s</source>
        <translation>рабочие процессы не подготовились за %1 с</translation>
    </message>
    <message>
        <source>the consumers did not finish within %1 s after the last producer</source>
        <translation>потребители не завершились за %1 с после последнего производителя</translation>
    </message>
    <message>
        <source>%1 exited with status %2</source>
        <translation>%1 завершился с кодом %2</translation>
    </message>
    <message>
        <source>%1 was killed by %2</source>
        <translation>%1 убит сигналом %2</translation>
    </message>
    <message>
        <source>the workers were killed on request</source>
        <translation>рабочие процессы принудительно завершены по запросу</translation>
    </message>
    <message>
        <source>the workers did not stop within %1 s and were killed</source>
        <translation>рабочие процессы не остановились за %1 с и были принудительно завершены</translation>
    </message>
    <message>
        <source>%1 lost, %2 duplicated, %3 corrupted on %4, which should lose nothing</source>
        <translation>потеряно %1, продублировано %2, повреждено %3 на %4, где потерь быть не должно</translation>
    </message>
    <message>
        <source>removed %1, left behind by a run whose process is gone</source>
        <translation>удалён объект %1, оставшийся от запуска, чей процесс уже завершился</translation>
    </message>
    <message numerus="yes">
        <source>refused %n connection(s) that did not come from the run&apos;s processes</source>
        <translation>
            <numerusform>отклонено %n соединение не от процессов запуска</numerusform>
            <numerusform>отклонено %n соединения не от процессов запуска</numerusform>
            <numerusform>отклонено %n соединений не от процессов запуска</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>refused %n datagram(s) that did not come from the run&apos;s processes</source>
        <translation>
            <numerusform>отклонена %n датаграмма не от процессов запуска</numerusform>
            <numerusform>отклонены %n датаграммы не от процессов запуска</numerusform>
            <numerusform>отклонено %n датаграмм не от процессов запуска</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ipcscope::ScenarioEditor</name>
    <message>
        <source>until stopped</source>
        <translation>до остановки</translation>
    </message>
    <message>
        <source>messages per producer</source>
        <translation>сообщений на производителя</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>секунд</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <source> msg/s</source>
        <translation> сообщ./с</translation>
    </message>
    <message>
        <source>The whole message as the mechanism carries it, the 32-byte header included.</source>
        <translation>Всё сообщение в том виде, в каком его передаёт механизм, включая 32-байтовый заголовок.</translation>
    </message>
    <message>
        <source>A signal carries only its value: there is no message size.</source>
        <translation>Сигнал несёт только своё значение: размера сообщения нет.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a size: write 64, 4096, 4K or 1M</source>
        <translation>&apos;%1&apos; — не размер: введите 64, 4096, 4K или 1M</translation>
    </message>
    <message>
        <source>Messages per second, per producer. A running run takes a new rate at once.</source>
        <translation>Сообщений в секунду на каждого производителя. Идущий запуск сразу переходит на новый темп.</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (по умолчанию)</translation>
    </message>
    <message>
        <source>producers ignore SIGPIPE</source>
        <translation>производители игнорируют SIGPIPE</translation>
    </message>
    <message>
        <source>writes over PIPE_BUF allowed to tear</source>
        <translation>записям больше PIPE_BUF разрешено разрываться</translation>
    </message>
    <message>
        <source>From the example: %1.</source>
        <translation>Из примера: %1.</translation>
    </message>
    <message>
        <source>consumers read %1</source>
        <translation>потребители читают %1</translation>
    </message>
    <message numerus="yes">
        <source>the consumer leaves after %n message(s)</source>
        <translation>
            <numerusform>потребитель уходит после %n сообщения</numerusform>
            <numerusform>потребитель уходит после %n сообщений</numerusform>
            <numerusform>потребитель уходит после %n сообщений</numerusform>
        </translation>
    </message>
    <message>
        <source>pipe capacity %1 (F_SETPIPE_SZ)</source>
        <translation>ёмкость канала %1 (F_SETPIPE_SZ)</translation>
    </message>
</context>
<context>
    <name>ipcscope::ScenarioFiles</name>
    <message>
        <source>Open a scenario</source>
        <translation>Открыть сценарий</translation>
    </message>
    <message>
        <source>ipcscope scenarios (*.json);;All files (*)</source>
        <translation>Сценарии ipcscope (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Save the scenario</source>
        <translation>Сохранить сценарий</translation>
    </message>
    <message>
        <source>ipcscope scenarios (*.json)</source>
        <translation>Сценарии ipcscope (*.json)</translation>
    </message>
    <message>
        <source>No recent scenarios</source>
        <translation>Недавних сценариев нет</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Очистить список</translation>
    </message>
</context>
<context>
    <name>ipcscope::ThroughputPlot</name>
    <message>
        <source>Save the graph</source>
        <translation>Сохранить график</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>Изображение PNG (*.png);;Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>latency µs</source>
        <translation>задержка, мкс</translation>
    </message>
    <message>
        <source>seconds since start (each point: the last second)</source>
        <translation>секунды от начала запуска (каждая точка — за последнюю секунду)</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Следить</translation>
    </message>
    <message>
        <source>Keep showing the last %1 seconds</source>
        <translation>Показывать последние %1 с</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <source>Save the graph as PNG or PDF</source>
        <translation>Сохранить график в PNG или PDF</translation>
    </message>
    <message>
        <source>total bytes/s</source>
        <translation>всего, байт/с</translation>
    </message>
    <message>
        <source>total messages/s</source>
        <translation>всего, сообщений/с</translation>
    </message>
    <message>
        <source>latency p50</source>
        <translation>задержка p50</translation>
    </message>
    <message>
        <source>latency p99</source>
        <translation>задержка p99</translation>
    </message>
    <message>
        <source>%1%2 msg/s</source>
        <translation>%1%2 сообщ./с</translation>
    </message>
    <message>
        <source> · latency p50 %1, p99 %2</source>
        <translation> · задержка p50 %1, p99 %2</translation>
    </message>
    <message>
        <source>msg/s</source>
        <translation>сообщ./с</translation>
    </message>
    <message>
        <source>now: %1 · %2</source>
        <translation>сейчас: %1 · %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inter-process communication, shown as it happens.</source>
        <translation>Межпроцессное взаимодействие, показанное в реальном времени.</translation>
    </message>
    <message>
        <source>Run the default scenario for about three seconds, save a PNG of the window to &lt;file&gt; and exit.</source>
        <translation>Выполнить сценарий по умолчанию около трёх секунд, сохранить снимок окна в PNG в &lt;file&gt; и выйти.</translation>
    </message>
    <message>
        <source>Start in presentation mode.</source>
        <translation>Запуститься в режиме презентации.</translation>
    </message>
    <message>
        <source>A scenario file (.json) to start with.</source>
        <translation>Файл сценария (.json), с которого начать.</translation>
    </message>
    <message>
        <source>The interface language: en or ru.</source>
        <translation>Язык интерфейса: en или ru.</translation>
    </message>
    <message>
        <source>The theme: light or dark.</source>
        <translation>Тема: light (светлая) или dark (тёмная).</translation>
    </message>
    <message>
        <source>--language: &apos;%1&apos; is not one of en, ru</source>
        <translation>--language: «%1» — не en и не ru</translation>
    </message>
    <message>
        <source>--theme: &apos;%1&apos; is not one of light, dark</source>
        <translation>--theme: «%1» — не light и не dark</translation>
    </message>
    <message>
        <source>no display to open the window on (DISPLAY is not set). Run it in a desktop session, under xvfb-run, or use ipcscope-cli in a terminal.</source>
        <translation>нет дисплея, на котором открыть окно (DISPLAY не задан). Запустите программу в графическом сеансе, через xvfb-run или используйте ipcscope-cli в терминале.</translation>
    </message>
</context>
</TS>
