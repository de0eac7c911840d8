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
    <message>
        <source>Side by side, live…</source>
        <translation>Бок о бок, вживую…</translation>
    </message>
    <message>
        <source>Two to four of the chosen mechanisms, each in its own live scene, at the smallest chosen size: taking turns, or together</source>
        <translation>От двух до четырёх выбранных механизмов, каждый в своей живой схеме, при наименьшем выбранном размере: по очереди или одновременно</translation>
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
    <name>CounterItem</name>
    <message>
        <source>%1 · key %2</source>
        <translation>%1 · ключ %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>ещё не прочитан</translation>
    </message>
    <message>
        <source>%1 %2 (%3 %)</source>
        <translation>%2: %1 (%3 %)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>недостаёт</translation>
    </message>
    <message>
        <source>%1 more than expected</source>
        <translation>на %1 больше, чем ожидалось</translation>
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
        <translation>при %1 сообщение размером %2 Б может быть перемешано с другими: атомарны только запись и чтение не более %3 Б (%4); используйте одного производителя и одного потребителя или сообщения поменьше</translation>
    </message>
    <message>
        <source>%1, ulimit %2</source>
        <translation>%1, ulimit %2</translation>
    </message>
    <message>
        <source>this run needs about %1 open descriptors (%2 in each worker), over the limit of %3 (%4)</source>
        <translation>запуску нужно около %1 открытых дескрипторов (%2 в каждом рабочем процессе), больше предела %3 (%4)</translation>
    </message>
    <message>
        <source>%1 more processes would pass this user&apos;s limit of %2 (%3; %4 running now)</source>
        <translation>ещё %1 процессов превысят предел пользователя в %2 (%3; сейчас запущено %4)</translation>
    </message>
    <message>
        <source>no real-time signal can be queued: the limit of pending signals is 0 (%1)</source>
        <translation>ни один сигнал реального времени нельзя поставить в очередь: предел ожидающих сигналов равен 0 (%1)</translation>
    </message>
    <message>
        <source>the queues need %1 B, over this user&apos;s limit of %2 B for all POSIX queues (%3)</source>
        <translation>очередям нужно %1 Б, больше предела пользователя в %2 Б на все очереди POSIX (%3)</translation>
    </message>
    <message>
        <source>no free POSIX message queue: %1 in use, %2</source>
        <translation>нет свободной очереди сообщений POSIX: занято %1, %2</translation>
    </message>
    <message>
        <source>the segment needs %1 B, over the limit: %2</source>
        <translation>сегменту нужно %1 Б, больше предела: %2</translation>
    </message>
    <message>
        <source>no free System V segment: %1 in use, %2</source>
        <translation>нет свободного сегмента System V: занято %1, %2</translation>
    </message>
    <message>
        <source>semaphore sets in the system (semmni)</source>
        <translation>наборов семафоров в системе (semmni)</translation>
    </message>
    <message>
        <source>no free System V semaphore set: %1 in use, %2</source>
        <translation>нет свободного набора семафоров System V: занято %1, %2</translation>
    </message>
    <message>
        <source>a set of %1 semaphores is over the limit: %2</source>
        <translation>набор из %1 семафоров больше предела: %2</translation>
    </message>
    <message>
        <source>no free System V message queue: %1 in use, %2</source>
        <translation>нет свободной очереди сообщений System V: занято %1, %2</translation>
    </message>
    <message>
        <source>/dev/shm has %1 B free; this run maps %2 B there</source>
        <translation>в /dev/shm свободно %1 Б, а запуск отображает туда %2 Б</translation>
    </message>
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
        <source>Named pipe (FIFO)</source>
        <translation>Именованный канал (FIFO)</translation>
    </message>
    <message>
        <source>mkfifo() gives a pipe a name in the file system, so unrelated processes can open it by path. open() waits until there is both a reader and a writer.</source>
        <translation>mkfifo() даёт каналу имя в файловой системе, поэтому его могут открыть по пути и неродственные процессы. open() ждёт, пока у канала не появятся и читающий, и пишущий процесс.</translation>
    </message>
    <message>
        <source>Start the producers together: the FIFO ends for the reader when the last writer that opened it closes.</source>
        <translation>Запустите производителей одновременно: FIFO закончится для читателя, когда его закроет последний открывший его писатель.</translation>
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
        <source>POSIX message queue</source>
        <translation>Очередь сообщений POSIX</translation>
    </message>
    <message>
        <source>mq_open(), mq_send() and mq_receive(): whole messages with a priority; the highest priority is received first. The queue holds at most msg_max messages.</source>
        <translation>mq_open(), mq_send() и mq_receive(): сообщения целиком, каждое с приоритетом; первым принимается сообщение с наивысшим приоритетом. В очереди помещается не более msg_max сообщений.</translation>
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
        <translation>Кольцевой буфер без семафора и без блокировки: возникает состояние гонки. Производители перезаписывают ячейки, которые никто не прочитал; потребители читают ячейку дважды или прямо во время записи в неё. Каждое потерянное, продублированное и повреждённое сообщение учитывается.</translation>
    </message>
    <message>
        <source>kill() sends SIGUSR1; the consumer takes it with sigwaitinfo(). A standard signal is one pending bit: signals sent while one is still pending merge into it, so fewer arrive than were sent.</source>
        <translation>kill() посылает SIGUSR1; потребитель принимает его с помощью sigwaitinfo(). Стандартный сигнал — это один бит в наборе ожидающих сигналов: сигналы, посланные, пока предыдущий ещё ожидает доставки, сливаются с ним, поэтому доходит меньше сигналов, чем было послано.</translation>
    </message>
    <message>
        <source>Real-time signals (sigqueue)</source>
        <translation>Сигналы реального времени (sigqueue)</translation>
    </message>
    <message>
        <source>Standard signals (SIGUSR1)</source>
        <translation>Стандартные сигналы (SIGUSR1)</translation>
    </message>
    <message>
        <source>System V message queue</source>
        <translation>Очередь сообщений System V</translation>
    </message>
    <message>
        <source>msgget() finds a queue by its key; msgsnd() and msgrcv() move whole messages, each with an mtype. msgsnd() waits while the message would not fit in the queue (msg_qbytes, msgmnb by default).</source>
        <translation>msgget() находит очередь по ключу; msgsnd() и msgrcv() передают сообщения целиком, каждое со своим mtype. msgsnd() ждёт, пока сообщение не поместится в очередь (msg_qbytes, по умолчанию msgmnb).</translation>
    </message>
    <message>
        <source>System V shared memory + semaphores</source>
        <translation>Разделяемая память System V + семафоры</translation>
    </message>
    <message>
        <source>shmget() finds a segment by its key and shmat() maps it into each worker: the data is copied into a ring of slots. A System V semaphore set guards it: P(empty) waits for a free slot, V(full) announces a filled one, &apos;put&apos; and &apos;take&apos; are the two sides&apos; mutexes.</source>
        <translation>shmget() находит сегмент по ключу, а shmat() присоединяет его к адресному пространству каждого процесса: данные копируются в ячейки кольцевого буфера. Буфер охраняет набор семафоров System V: P(empty) ждёт свободную ячейку, V(full) сообщает о заполненной, а &apos;put&apos; и &apos;take&apos; — мьютексы каждой из двух сторон.</translation>
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
        <source>Unix domain socket (datagram)</source>
        <translation>Сокет домена Unix (дейтаграммный)</translation>
    </message>
    <message>
        <source>socket(AF_UNIX, SOCK_DGRAM): whole messages to a socket found by its path. Reliable on one machine: a full receiver makes the sender wait.</source>
        <translation>socket(AF_UNIX, SOCK_DGRAM): сообщения целиком, в сокет, найденный по его пути. На одной машине это надёжно: переполненный получатель заставляет отправителя ждать.</translation>
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
        <source>free slots</source>
        <translation>свободные ячейки</translation>
    </message>
    <message>
        <source>filled slots</source>
        <translation>занятые ячейки</translation>
    </message>
    <message>
        <source>producers&apos; lock</source>
        <translation>мьютекс производителей</translation>
    </message>
    <message>
        <source>consumers&apos; lock</source>
        <translation>мьютекс потребителей</translation>
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
        <source>Shared memory, lock-free ring</source>
        <translation>Разделяемая память, кольцо без блокировок</translation>
    </message>
    <message>
        <source>One producer and one consumer share a ring in /dev/shm with only two counters, head and tail: no semaphore and no lock, so no system call per message while both keep up. A side sleeps on a futex only when the ring is empty or full, and the other wakes it.</source>
        <translation>Один производитель и один потребитель делят кольцо в /dev/shm, где есть только два счётчика, head и tail: ни семафора, ни блокировки, поэтому пока обе стороны успевают, на сообщение не приходится ни одного системного вызова. Сторона засыпает на фьютексе, только когда кольцо пусто или полно, и другая сторона её будит.</translation>
    </message>
    <message>
        <source>producers and consumers</source>
        <translation>производителей и потребителей</translation>
    </message>
    <message>
        <source>one of each: a single-producer, single-consumer ring</source>
        <translation>по одному: кольцо для одного производителя и одного потребителя</translation>
    </message>
    <message>
        <source>sigqueue() sends SIGRTMIN with an 8-byte value. Real-time signals queue: none merges, they arrive in order, each with its value — here the producer, the sequence number and the send time. The queue is bounded: at RLIMIT_SIGPENDING, sigqueue() fails with EAGAIN; this producer then sleeps 50 µs and tries again.</source>
        <translation>sigqueue() посылает SIGRTMIN с 8-байтовым значением. Сигналы реального времени ставятся в очередь: они не сливаются, приходят по порядку, каждый со своим значением — здесь это производитель, порядковый номер и время отправки. Очередь ограничена: при достижении RLIMIT_SIGPENDING sigqueue() завершается с ошибкой EAGAIN; тогда этот производитель засыпает на 50 мкс и пробует снова.</translation>
    </message>
</context>
<context>
    <name>Fault</name>
    <message>
        <source>&apos;%1&apos;: the run&apos;s producers are P1 to P%2</source>
        <translation>«%1»: производители этого запуска — от P1 до P%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the run&apos;s consumers are C1 to C%2</source>
        <translation>«%1»: потребители этого запуска — от C1 до C%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 has no lock to be killed inside</source>
        <translation>«%1»: у %2 нет блокировки, внутри которой можно убить процесс</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: setval needs a System V semaphore set, and %2 has none</source>
        <translation>«%1»: setval нужен набор семафоров System V, а у %2 его нет</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 has no semaphore &apos;%3&apos; (one of: %4)</source>
        <translation>«%1»: у %2 нет семафора «%3» (есть: %4)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 has no System V object &apos;%3&apos; to remove</source>
        <translation>«%1»: у %2 нет объекта System V «%3», который можно удалить</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 has no POSIX object &apos;%3&apos; to unlink</source>
        <translation>«%1»: у %2 нет объекта POSIX «%3», имя которого можно удалить</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: qbytes needs a System V message queue, and %2 has none</source>
        <translation>«%1»: qbytes нужна очередь сообщений System V, а у %2 её нет</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: pipe-size needs a pipe or FIFO, and %2 is neither</source>
        <translation>«%1»: pipe-size нужен канал или FIFO, а %2 — ни то ни другое</translation>
    </message>
    <message>
        <source>fault &apos;%1&apos;: %2</source>
        <translation>сбой «%1»: %2</translation>
    </message>
    <message>
        <source>write it as WHEN:VERB, e.g. 1.5:stop P1 or after 100:rmid sem</source>
        <translation>запишите как КОГДА:ДЕЙСТВИЕ, например 1.5:stop P1 или after 100:rmid sem</translation>
    </message>
    <message>
        <source>&apos;after&apos; takes a whole number of messages</source>
        <translation>после «after» нужно целое число сообщений</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time in seconds from the start (0 to %2)</source>
        <translation>«%1» — не время в секундах от начала (от 0 до %2)</translation>
    </message>
    <message>
        <source>no verb after the time</source>
        <translation>после времени нет действия</translation>
    </message>
    <message>
        <source>unknown verb &apos;%1&apos; (one of: %2)</source>
        <translation>неизвестное действие «%1» (есть: %2)</translation>
    </message>
    <message>
        <source>write it as %1</source>
        <translation>запишите как %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a worker (P1, C2…)</source>
        <translation>«%1» — не процесс запуска (P1, C2…)</translation>
    </message>
    <message>
        <source>unknown signal &apos;%1&apos; (one of: %2)</source>
        <translation>неизвестный сигнал «%1» (есть: %2)</translation>
    </message>
    <message>
        <source>a semaphore&apos;s value is a whole number from 0 to %1</source>
        <translation>значение семафора — целое число от 0 до %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an object: sem, shm or queue</source>
        <translation>«%1» — не объект: sem, shm или queue</translation>
    </message>
    <message>
        <source>a size is a whole number of bytes from 1 to %1</source>
        <translation>размер — целое число байт от 1 до %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a producer writes; close-read closes a consumer&apos;s read end</source>
        <translation>«%1»: производитель пишет; close-read закрывает читающий конец потребителя</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: shutdown closes a producer&apos;s sending side</source>
        <translation>«%1»: shutdown закрывает передающую сторону производителя</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 has no lock to be stopped inside</source>
        <translation>«%1»: у %2 нет блокировки, внутри которой можно остановить</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: close-read needs a pipe or FIFO, and %2 is neither</source>
        <translation>«%1»: close-read нужен канал или FIFO, а %2 — ни то ни другое</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: shutdown needs a stream socket, and %2 is none</source>
        <translation>«%1»: shutdown нужен потоковый сокет, а %2 им не является</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: rcvbuf needs UDP, whose datagrams are dropped when the buffer is full, and %2 is not UDP</source>
        <translation>«%1»: rcvbuf нужен UDP, чьи датаграммы отбрасываются при полном буфере, а %2 — не UDP</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a ping-pong pairs one pinger with one ponger; nobody can join it</source>
        <translation>«%1»: пинг-понг — это пара из одного отправителя и одного отвечающего; присоединиться к ней нельзя</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 has exactly one producer by design</source>
        <translation>«%1»: у %2 по устройству ровно один производитель</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 has exactly one consumer by design</source>
        <translation>«%1»: у %2 по устройству ровно один потребитель</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 takes at most %3 producers</source>
        <translation>«%1»: %2 допускает не больше %3 производителей</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 takes at most %3 consumers</source>
        <translation>«%1»: %2 допускает не больше %3 потребителей</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2&apos;s ring has no lock, so its end of stream cannot wait for a worker that joins</source>
        <translation>«%1»: кольцо %2 без блокировки, поэтому конец потока не может дождаться присоединившегося процесса</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role: add producer or add consumer</source>
        <translation>«%1» — не роль: add producer или add consumer</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 has no name to open: its ends are inherited at fork, and ipcscope closes its own once the workers have started, so that the readers see end of file; a worker started later cannot get one</source>
        <translation>«%1»: у %2 нет имени для open(): его концы наследуются при fork(), а свои ipcscope закрывает, как только процессы запущены, — иначе читатели не увидят конца файла; процессу, запущенному позже, получить конец неоткуда</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2&apos;s producers connected to the consumers of the start, one connection each; a consumer that joins would listen where nobody connects</source>
        <translation>«%1»: производители %2 подключились к потребителям, бывшим при запуске, по одному соединению к каждому; присоединившийся потребитель слушал бы там, куда никто не подключается</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2&apos;s producers send every signal to one process, the consumer of the start, by its PID; a consumer that joins would be sent nothing</source>
        <translation>«%1»: производители %2 шлют каждый сигнал одному процессу — потребителю, бывшему при запуске, по его PID; присоединившемуся потребителю не пришло бы ничего</translation>
    </message>
</context>
<context>
    <name>FaultDriver</name>
    <message>
        <source>%1 ended before it could be caught in its critical section</source>
        <translation>%1 завершился раньше, чем его удалось застать в критической секции</translation>
    </message>
    <message>
        <source>%1 was held inside its critical section, holding %2, when it was killed</source>
        <translation>%1 был остановлен внутри критической секции, удерживая %2, и в этот момент убит</translation>
    </message>
    <message>
        <source>%1 was not caught in its critical section within %2 s</source>
        <translation>%1 не удалось застать в критической секции за %2 с</translation>
    </message>
    <message>
        <source>not made: the run ended first</source>
        <translation>не выполнено: запуск закончился раньше</translation>
    </message>
    <message>
        <source>%1 was held inside its critical section, holding %2, when it was stopped</source>
        <translation>%1 был задержан в критической секции, удерживая %2, и там остановлен</translation>
    </message>
    <message>
        <source>nothing to take back: no step made so far can be undone</source>
        <translation>отменять нечего: ни один сделанный шаг нельзя отменить</translation>
    </message>
    <message>
        <source>takes back &apos;%1&apos;</source>
        <translation>отменяет «%1»</translation>
    </message>
    <message>
        <source>nothing here can start a worker</source>
        <translation>здесь некому запустить процесс</translation>
    </message>
</context>
<context>
    <name>FaultInjector</name>
    <message>
        <source>no worker %1 in this run</source>
        <translation>в этом запуске нет процесса %1</translation>
    </message>
    <message>
        <source>%1 has exited; nothing was sent</source>
        <translation>%1 уже завершился; сигнал не отправлен</translation>
    </message>
    <message>
        <source>this run has no %1 to %2</source>
        <translation>в этом запуске нет объекта %1 для %2</translation>
    </message>
    <message>
        <source>%1 read back as %2 (%3)</source>
        <translation>%1 теперь равен %2 (%3)</translation>
    </message>
    <message>
        <source>the pipe holds %1 now (F_GETPIPE_SZ)</source>
        <translation>теперь канал вмещает %1 (F_GETPIPE_SZ)</translation>
    </message>
    <message>
        <source>no live worker holds the end that %1 acts on</source>
        <translation>ни один живой процесс не держит конец, на который действует %1</translation>
    </message>
    <message>
        <source>no run control to ask %1 through</source>
        <translation>нет блока управления прогоном, чтобы попросить %1</translation>
    </message>
    <message>
        <source>%1 (pid %2) asked to close(%3) its read end</source>
        <translation>%1 (pid %2) попрошен сделать close(%3) своего читающего конца</translation>
    </message>
    <message>
        <source>%1 (pid %2) holds no socket</source>
        <translation>%1 (pid %2) не держит ни одного сокета</translation>
    </message>
    <message>
        <source>%1&apos;s receive buffer: %2, was %3 (SO_RCVBUF, read back)</source>
        <translation>приёмный буфер %1: %2, было %3 (SO_RCVBUF, прочитано обратно)</translation>
    </message>
</context>
<context>
    <name>FaultLog</name>
    <message>
        <source>exited with status %1</source>
        <translation>завершился с кодом %1</translation>
    </message>
    <message>
        <source>was killed by %1</source>
        <translation>убит сигналом %1</translation>
    </message>
    <message>
        <source>is stopped (state %1)</source>
        <translation>остановлен (состояние %1)</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>завершился с ошибкой: %1</translation>
    </message>
    <message>
        <source>is done</source>
        <translation>закончил работу</translation>
    </message>
    <message>
        <source>is asleep, %1</source>
        <translation>спит: %1</translation>
    </message>
    <message>
        <source>goes on</source>
        <translation>продолжает работу</translation>
    </message>
    <message>
        <source>%1 s: %2 %3</source>
        <translation>%1 с: %2 %3</translation>
    </message>
    <message>
        <source>%1 was killed by %2, the signal sent to it (%3)</source>
        <translation>%1 убит сигналом %2, который ему послали (%3)</translation>
    </message>
    <message>
        <source>%1 was killed by SIGPIPE: nobody reads its pipe any more (%2)</source>
        <translation>%1 убит сигналом SIGPIPE: из его канала больше никто не читает (%2)</translation>
    </message>
    <message>
        <source>%1 failed with %2: the object it used was removed (%3)</source>
        <translation>%1 получил %2: объект, с которым он работал, удалён (%3)</translation>
    </message>
    <message>
        <source>%1 failed with %2: its peer is gone (%3)</source>
        <translation>%1 получил %2: его собеседника больше нет (%3)</translation>
    </message>
    <message>
        <source>%1 failed with EINTR: the signal interrupted its call (%2)</source>
        <translation>%1 получил EINTR: сигнал прервал его вызов (%2)</translation>
    </message>
    <message>
        <source>%1 failed with EPIPE: its socket was shut down for writing (%2)</source>
        <translation>%1 завершился с EPIPE: его сокет закрыт на запись (%2)</translation>
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
        <source># terminal %1:</source>
        <translation># терминал %1:</translation>
    </message>
    <message>
        <source># Every worker needs the same IPCSCOPE_TOKEN: a stranger&apos;s connection is refused.</source>
        <translation># Всем процессам нужен один и тот же IPCSCOPE_TOKEN: соединение чужого процесса отклоняется.</translation>
    </message>
    <message>
        <source>=&lt;the port the consumer printed&gt;</source>
        <translation>=&lt;порт, который напечатал потребитель&gt;</translation>
    </message>
    <message>
        <source>=&lt;the PID the consumer printed&gt;</source>
        <translation>=&lt;PID, который напечатал потребитель&gt;</translation>
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
    <name>LatencyTicker</name>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 мкс</translation>
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
        <translation>да (блокировки)</translation>
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
    <name>Leftovers</name>
    <message>
        <source>%1, %2 attached</source>
        <translation>%1, подключено: %2</translation>
    </message>
    <message>
        <source>%1, nobody attached</source>
        <translation>%1, никто не подключён</translation>
    </message>
    <message>
        <source>%1 messages, %2</source>
        <translation>сообщений: %1, %2</translation>
    </message>
    <message>
        <source>%1 semaphores</source>
        <translation>семафоров: %1</translation>
    </message>
    <message>
        <source>%1 %2 is no longer there</source>
        <translation>%1 %2 уже нет</translation>
    </message>
    <message>
        <source>%1 %2 belongs to uid %3, not to you</source>
        <translation>%1 %2 принадлежит uid %3, а не вам</translation>
    </message>
    <message>
        <source>%1 %2 is in use again</source>
        <translation>%1 %2 снова используется</translation>
    </message>
    <message>
        <source>IPC_RMID of %1 %2: %3</source>
        <translation>IPC_RMID для %1 %2: %3</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>Back-pressure: a full pipe stops the writer</source>
        <translation>Обратное давление: заполненный канал останавливает писателя</translation>
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
        <source>No cycle formed.</source>
        <translation>Цикл не возник.</translation>
    </message>
    <message>
        <source>Both take A, then B…</source>
        <translation>Оба захватывают A, затем B…</translation>
    </message>
    <message>
        <source>They did not finish.</source>
        <translation>Они не завершились.</translation>
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
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
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
        <source>Signals: merged or queued</source>
        <translation>Сигналы: слияние или очередь</translation>
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
        <source>Capacity %1 B; at most %2 B were queued; %3.</source>
        <translation>Ёмкость %1 Б; в канале скапливалось до %2 Б; %3.</translation>
    </message>
    <message>
        <source>Default: %1 of %2 B filled, %3. With F_SETPIPE_SZ: %4 of %5 B filled, %6.</source>
        <translation>По умолчанию: заполнено %1 из %2 Б, %3. С F_SETPIPE_SZ: заполнено %4 из %5 Б, %6.</translation>
    </message>
    <message>
        <source>The same after F_SETPIPE_SZ(%1 B)…</source>
        <translation>То же после F_SETPIPE_SZ(%1 Б)…</translation>
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
        <source>Addresses: a pointer in shared memory</source>
        <translation>Адреса: указатель в разделяемой памяти</translation>
    </message>
    <message>
        <source>Keys and shared memory</source>
        <translation>Ключи и разделяемая память</translation>
    </message>
    <message>
        <source>shmat() attaches a segment wherever the process has room: two processes see it at different addresses. A writer builds a list of two nodes in it, the first pointing to the second by address and by offset. The reader follows both: the address is the writer&apos;s, the offset is anyone&apos;s.</source>
        <translation>shmat() присоединяет сегмент туда, где в адресном пространстве процесса есть место: два процесса видят его по разным адресам. Писатель строит в нём список из двух узлов: первый указывает на второй и адресом, и смещением. Читатель идёт по обоим: адрес — писателя, смещение годится всем.</translation>
    </message>
    <message>
        <source>Different addresses; the stored pointer does not lead to «second» in the reader; base + offset does.</source>
        <translation>Адреса разные; сохранённый указатель в читателе не ведёт к «second», а база + смещение ведёт.</translation>
    </message>
    <message>
        <source>The reader attaches the segment at the writer&apos;s address (shmat with that shmaddr).</source>
        <translation>Читатель присоединяет сегмент по адресу писателя (shmat с этим shmaddr).</translation>
    </message>
    <message>
        <source>The writer attached the segment at %1 and stored the second node&apos;s address, %2, and its offset, 64.</source>
        <translation>Писатель присоединил сегмент по адресу %1 и сохранил адрес второго узла, %2, и его смещение, 64.</translation>
    </message>
    <message>
        <source>The reader attached it at %1. Through the stored pointer %2: «%3». Through %1 + 64: «%4».</source>
        <translation>Читатель присоединил его по адресу %1. По сохранённому указателю %2: «%3». По %1 + 64: «%4».</translation>
    </message>
    <message>
        <source>The segment&apos;s address, writer and reader</source>
        <translation>Адрес сегмента у писателя и у читателя</translation>
    </message>
    <message>
        <source>different</source>
        <translation>разные</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <source>The writer&apos;s pointer, followed in the reader</source>
        <translation>Указатель писателя, разыменованный в читателе</translation>
    </message>
    <message>
        <source>not «second»</source>
        <translation>не «second»</translation>
    </message>
    <message>
        <source>The offset, from the reader&apos;s own address</source>
        <translation>Смещение от собственного адреса читателя</translation>
    </message>
    <message>
        <source>Writer at %1, reader at %2: the pointer gave «%3», the offset «%4».</source>
        <translation>Писатель по адресу %1, читатель по адресу %2: указатель дал «%3», смещение — «%4».</translation>
    </message>
    <message>
        <source>Pipes</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>A writer as fast as it can, a reader taking 50 messages of 4 KiB a second. The pipe fills up to its capacity (F_GETPIPE_SZ, read before anything is said of it) and then write() blocks: the writer sleeps in the kernel until the reader makes room. F_SETPIPE_SZ gives the pipe more room.</source>
        <translation>Писатель пишет с максимальной скоростью, читатель забирает 50 сообщений по 4 КиБ в секунду. Канал заполняется до своей ёмкости (F_GETPIPE_SZ — её читают, прежде чем о ней что-то сказать), и write() блокируется: писатель спит в ядре, пока читатель не освободит место. F_SETPIPE_SZ увеличивает ёмкость канала.</translation>
    </message>
    <message>
        <source>The pipe fills to its capacity and the writer blocks in write(); after F_SETPIPE_SZ it holds the larger capacity before the writer blocks.</source>
        <translation>Канал заполняется до своей ёмкости, и писатель блокируется в write(); после F_SETPIPE_SZ канал вмещает новую, бо́льшую ёмкость, прежде чем писатель заблокируется.</translation>
    </message>
    <message>
        <source>The writer writes half the pipe&apos;s capacity in all: the pipe never fills.</source>
        <translation>Писатель записывает всего половину ёмкости канала: канал так и не заполняется.</translation>
    </message>
    <message>
        <source>F_GETPIPE_SZ of a new pipe here: %1 B. A reader at %2 messages/s…</source>
        <translation>F_GETPIPE_SZ нового канала на этой машине: %1 Б. Читатель со скоростью %2 сообщений/с…</translation>
    </message>
    <message>
        <source>%1 of %2 B</source>
        <translation>%1 из %2 Б</translation>
    </message>
    <message>
        <source>Default pipe: filled to its capacity (F_GETPIPE_SZ)</source>
        <translation>Канал по умолчанию: заполнен до ёмкости (F_GETPIPE_SZ)</translation>
    </message>
    <message>
        <source>within two pages of %1 B</source>
        <translation>не далее двух страниц от %1 Б</translation>
    </message>
    <message>
        <source>Default pipe: the writer blocked in write()</source>
        <translation>Канал по умолчанию: писатель заблокировался в write()</translation>
    </message>
    <message>
        <source>After F_SETPIPE_SZ: filled to the larger capacity</source>
        <translation>После F_SETPIPE_SZ: заполнен до новой ёмкости</translation>
    </message>
    <message>
        <source>at least %1 B, filled</source>
        <translation>не меньше %1 Б, заполнен</translation>
    </message>
    <message>
        <source>After F_SETPIPE_SZ: the writer blocked in write()</source>
        <translation>После F_SETPIPE_SZ: писатель заблокировался в write()</translation>
    </message>
    <message>
        <source>Boundaries: streams merge and split writes</source>
        <translation>Границы сообщений: поток сливает и дробит записи</translation>
    </message>
    <message>
        <source>A writer process makes three writes of 100 B and exits; then the reader reads. A pipe and a stream socket are byte streams: they hand back what is there — 300 B in one read, or pieces of a small buffer&apos;s size. A datagram socket and a message queue hand back each write whole; a buffer too small cuts it.</source>
        <translation>Процесс-писатель делает три записи по 100 Б и завершается; затем читает читатель. Канал и потоковый сокет — потоки байтов: они отдают всё, что есть, — 300 Б одним чтением или кусками размером с маленький буфер. Датаграммный сокет и очередь сообщений отдают каждую запись целиком; слишком маленький буфер её обрезает.</translation>
    </message>
    <message>
        <source>Pipe and stream socket: one read of 300 B, or 64-B pieces; datagram socket and queue: 100, 100, 100 — cut to 64 by a 64-B buffer.</source>
        <translation>Канал и потоковый сокет: одно чтение на 300 Б или куски по 64 Б; датаграммный сокет и очередь: 100, 100, 100 — обрезанные до 64 буфером в 64 Б.</translation>
    </message>
    <message>
        <source>The reader takes each write before the next is made: nothing is there to merge.</source>
        <translation>Читатель забирает каждую запись до следующей: сливать нечего.</translation>
    </message>
    <message>
        <source>Three writes of 100 B, each read before the next…</source>
        <translation>Три записи по 100 Б, каждая прочитана до следующей…</translation>
    </message>
    <message>
        <source>Three writes of 100 B by a process that then exits…</source>
        <translation>Три записи по 100 Б процессом, который затем завершается…</translation>
    </message>
    <message>
        <source>Read with a 4 KiB buffer — pipe: %1; Unix stream socket: %2; Unix datagram socket: %3; System V queue: %4.</source>
        <translation>Чтение буфером 4 КиБ — канал: %1; потоковый сокет Unix: %2; датаграммный сокет Unix: %3; очередь System V: %4.</translation>
    </message>
    <message>
        <source>Read with a 64 B buffer — pipe: %1; Unix stream socket: %2; Unix datagram socket: %3 (the rest of each datagram is dropped); System V queue (MSG_NOERROR): %4.</source>
        <translation>Чтение буфером 64 Б — канал: %1; потоковый сокет Unix: %2; датаграммный сокет Unix: %3 (остаток каждой датаграммы отброшен); очередь System V (MSG_NOERROR): %4.</translation>
    </message>
    <message>
        <source>Pipe, 4 KiB buffer</source>
        <translation>Канал, буфер 4 КиБ</translation>
    </message>
    <message>
        <source>the writes merged: fewer reads than writes</source>
        <translation>записи слились: чтений меньше, чем записей</translation>
    </message>
    <message>
        <source>Unix stream socket, 4 KiB buffer</source>
        <translation>Потоковый сокет Unix, буфер 4 КиБ</translation>
    </message>
    <message>
        <source>Pipe, 64 B buffer</source>
        <translation>Канал, буфер 64 Б</translation>
    </message>
    <message>
        <source>a write split: more reads than writes</source>
        <translation>запись раздроблена: чтений больше, чем записей</translation>
    </message>
    <message>
        <source>Unix datagram socket, 4 KiB buffer</source>
        <translation>Датаграммный сокет Unix, буфер 4 КиБ</translation>
    </message>
    <message>
        <source>System V queue, 4 KiB buffer</source>
        <translation>Очередь System V, буфер 4 КиБ</translation>
    </message>
    <message>
        <source>Unix datagram socket, 64 B buffer</source>
        <translation>Датаграммный сокет Unix, буфер 64 Б</translation>
    </message>
    <message>
        <source>Three writes of 100 B read back as: pipe %1, stream socket %2, datagram socket %3, queue %4; with 64 B: pipe %5, datagram socket %6.</source>
        <translation>Три записи по 100 Б прочитаны так: канал %1, потоковый сокет %2, датаграммный сокет %3, очередь %4; буфером 64 Б: канал %5, датаграммный сокет %6.</translation>
    </message>
    <message>
        <source>Busy waiting: spinning against sleeping</source>
        <translation>Активное ожидание: вращение против сна</translation>
    </message>
    <message>
        <source>A producer writes a message into shared memory every 5 ms, 100 in all. The consumer waits for each either by spinning on the sequence number or asleep in the kernel on it (a futex, as semaphores and mutexes do underneath). The kernel&apos;s CPU time of the consumer, per message, says what waiting cost.</source>
        <translation>Производитель каждые 5 мс пишет сообщение в разделяемую память, всего 100. Потребитель ждёт каждое либо вращаясь в цикле на порядковом номере, либо засыпая на нём в ядре (фьютекс — так устроены внутри семафоры и мьютексы). Процессорное время потребителя по данным ядра, делённое на число сообщений, показывает цену ожидания.</translation>
    </message>
    <message>
        <source>Spinning costs at least ten times the CPU per message; the sleeper wakes once a message.</source>
        <translation>Вращение стоит как минимум вдесятеро больше процессорного времени на сообщение; спящий просыпается раз на сообщение.</translation>
    </message>
    <message>
        <source>The producer writes as fast as it can: there is no waiting to burn CPU on.</source>
        <translation>Производитель пишет с максимальной скоростью: ждать нечего, и процессор тратить не на что.</translation>
    </message>
    <message>
        <source>100 messages as fast as possible; the consumer spins, then sleeps…</source>
        <translation>100 сообщений с максимальной скоростью; потребитель сначала вращается, потом спит…</translation>
    </message>
    <message>
        <source>100 messages, one every 5 ms; the consumer spins, then sleeps…</source>
        <translation>100 сообщений, по одному каждые 5 мс; потребитель сначала вращается, потом спит…</translation>
    </message>
    <message>
        <source>%1: %2 of CPU in %3, %4 per message; %5 voluntary context switches.</source>
        <translation>%1: %2 процессорного времени за %3, %4 на сообщение; добровольных переключений контекста: %5.</translation>
    </message>
    <message>
        <source>Spinning</source>
        <translation>Вращение</translation>
    </message>
    <message>
        <source>Sleeping</source>
        <translation>Сон</translation>
    </message>
    <message>
        <source>CPU per message, spinning against sleeping</source>
        <translation>Процессорное время на сообщение: вращение против сна</translation>
    </message>
    <message>
        <source>at least 10 times as much</source>
        <translation>как минимум в 10 раз больше</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 против %2</translation>
    </message>
    <message>
        <source>Voluntary context switches of the sleeping consumer</source>
        <translation>Добровольные переключения контекста спящего потребителя</translation>
    </message>
    <message>
        <source>about one a message (%1)</source>
        <translation>примерно одно на сообщение (%1)</translation>
    </message>
    <message>
        <source>CPU per message: spinning %1, sleeping %2.</source>
        <translation>Процессорное время на сообщение: вращение %1, сон %2.</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>P1 takes semaphore A, then B; P2 takes B, then A. Each holds its first 300 ms before asking for its second — on purpose, so that both hold one before either asks: a cycle, and both wait for ever. Removing the set wakes them with EIDRM. In one global order (A before B) there is no cycle.</source>
        <translation>P1 захватывает семафор A, затем B; P2 — B, затем A. Каждый держит первый семафор 300 мс, прежде чем просить второй, — нарочно, чтобы оба успели захватить по одному: возникает цикл, и оба ждут вечно. Удаление набора будит их с EIDRM. При едином порядке (A раньше B) цикла нет.</translation>
    </message>
    <message>
        <source>In opposite orders both block for good and removing the set wakes both with EIDRM; in one order both finish.</source>
        <translation>В противоположных порядках оба блокируются навсегда, и удаление набора будит обоих с EIDRM; в одном порядке оба завершаются.</translation>
    </message>
    <message>
        <source>Both take A, then B, in both runs: no cycle can form.</source>
        <translation>В обоих прогонах оба захватывают A, затем B: цикл возникнуть не может.</translation>
    </message>
    <message>
        <source>P1 takes A then B; P2 takes B then A; each holds its first %1 ms…</source>
        <translation>P1 захватывает A, затем B; P2 — B, затем A; каждый держит первый %1 мс…</translation>
    </message>
    <message>
        <source>Both take A then B; each holds its first %1 ms…</source>
        <translation>Оба захватывают A, затем B; каждый держит первый %1 мс…</translation>
    </message>
    <message>
        <source>A wait-for cycle: A held by P1 (pid %1) and awaited by P2, B held by P2 (pid %2) and awaited by P1 — both at 0 with one waiter each (GETVAL, GETNCNT, GETPID); both still asleep in %3 (wchan %4) a second later.</source>
        <translation>Цикл ожидания: A захвачен P1 (pid %1), его ждёт P2; B захвачен P2 (pid %2), его ждёт P1 — оба семафора равны 0, у каждого по одному ожидающему (GETVAL, GETNCNT, GETPID); через секунду оба всё ещё спят в %3 (wchan %4).</translation>
    </message>
    <message>
        <source>Asked for the second at %1 ms (P1) and %2 ms (P2) after the start; the set removed: %3 of 2 woken by EIDRM.</source>
        <translation>Второй семафор запрошен через %1 мс (P1) и %2 мс (P2) после старта; набор удалён: с EIDRM проснулись %3 из 2.</translation>
    </message>
    <message>
        <source>Both finished: one waited for A, then went through.</source>
        <translation>Оба завершились: один подождал A, потом прошёл.</translation>
    </message>
    <message>
        <source>Opposite orders: a wait-for cycle that lasts</source>
        <translation>Противоположные порядки: устойчивый цикл ожидания</translation>
    </message>
    <message>
        <source>Removing the set woke the waiters with EIDRM</source>
        <translation>Удаление набора разбудило ожидающих с EIDRM</translation>
    </message>
    <message>
        <source>2 of 2</source>
        <translation>2 из 2</translation>
    </message>
    <message>
        <source>%1 of 2</source>
        <translation>%1 из 2</translation>
    </message>
    <message>
        <source>One order: both finished</source>
        <translation>Один порядок: оба завершились</translation>
    </message>
    <message>
        <source>Opposite orders: %1; removing the set woke %2 of 2 with EIDRM. One order: %3.</source>
        <translation>Противоположные порядки: %1; удаление набора разбудило с EIDRM %2 из 2. Один порядок: %3.</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>не измерено</translation>
    </message>
    <message>
        <source>EINTR after %1 ms (handler ran %2×)</source>
        <translation>EINTR через %1 мс (обработчик вызван %2 раз)</translation>
    </message>
    <message>
        <source>%1 after %2 ms (handler ran %3×)</source>
        <translation>%1 через %2 мс (обработчик вызван %3 раз)</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>вернулся</translation>
    </message>
    <message>
        <source>EINTR: a signal interrupts a blocking call</source>
        <translation>EINTR: сигнал прерывает блокирующий вызов</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Сигналы</translation>
    </message>
    <message>
        <source>A process blocks in read() on an empty pipe, in semop() P on a semaphore at 0, in msgrcv() on an empty queue. After 200 ms SIGALRM runs a handler; after 400 ms a child makes the call succeed. Without SA_RESTART the call fails with EINTR; with it read() is restarted — semop() and msgrcv() never are (signal(7)).</source>
        <translation>Процесс блокируется в read() на пустом канале, в semop() P на семафоре, равном 0, в msgrcv() на пустой очереди. Через 200 мс SIGALRM вызывает обработчик; через 400 мс дочерний процесс даёт вызову завершиться. Без SA_RESTART вызов завершается с EINTR; с ним read() перезапускается — а semop() и msgrcv() не перезапускаются никогда (signal(7)).</translation>
    </message>
    <message>
        <source>read(): EINTR without SA_RESTART, data with it; semop() and msgrcv(): EINTR even with SA_RESTART.</source>
        <translation>read(): EINTR без SA_RESTART, данные — с ним; semop() и msgrcv(): EINTR даже с SA_RESTART.</translation>
    </message>
    <message>
        <source>No signal comes: every call waits and succeeds.</source>
        <translation>Сигнал не приходит: каждый вызов дожидается и завершается успешно.</translation>
    </message>
    <message>
        <source>Each call blocks; no signal, a child ends the wait at 400 ms…</source>
        <translation>Каждый вызов блокируется; сигнала нет, дочерний процесс завершает ожидание через 400 мс…</translation>
    </message>
    <message>
        <source>Each call blocks; SIGALRM at 200 ms, a child ends the wait at 400 ms…</source>
        <translation>Каждый вызов блокируется; SIGALRM через 200 мс, дочерний процесс завершает ожидание через 400 мс…</translation>
    </message>
    <message>
        <source>%1: without SA_RESTART %2; with SA_RESTART %3.</source>
        <translation>%1: без SA_RESTART — %2; с SA_RESTART — %3.</translation>
    </message>
    <message>
        <source>read(), no SA_RESTART</source>
        <translation>read(), без SA_RESTART</translation>
    </message>
    <message>
        <source>EINTR</source>
        <translation>EINTR</translation>
    </message>
    <message>
        <source>read(), SA_RESTART</source>
        <translation>read(), SA_RESTART</translation>
    </message>
    <message>
        <source>restarted: the data, after the handler</source>
        <translation>перезапущен: данные после обработчика</translation>
    </message>
    <message>
        <source>semop(), SA_RESTART</source>
        <translation>semop(), SA_RESTART</translation>
    </message>
    <message>
        <source>EINTR: never restarted</source>
        <translation>EINTR: не перезапускается никогда</translation>
    </message>
    <message>
        <source>msgrcv(), SA_RESTART</source>
        <translation>msgrcv(), SA_RESTART</translation>
    </message>
    <message>
        <source>read(): %1 / %2 with SA_RESTART. semop() with SA_RESTART: %3. msgrcv() with SA_RESTART: %4.</source>
        <translation>read(): %1 / %2 с SA_RESTART. semop() с SA_RESTART: %3. msgrcv() с SA_RESTART: %4.</translation>
    </message>
    <message>
        <source>ftok: a key is not a name</source>
        <translation>ftok: ключ — не имя</translation>
    </message>
    <message>
        <source>ftok(path, id) makes a key from the id and the file&apos;s device and inode — 32 bits, no more. The file saved anew (a new file renamed over it) gives another key; two different files can give one. IPC_PRIVATE always makes a new object; IPC_CREAT | IPC_EXCL says EEXIST where IPC_CREAT alone silently hands back someone&apos;s object.</source>
        <translation>ftok(path, id) составляет ключ из id, устройства и inode файла — 32 бита, не больше. Файл, сохранённый заново (новый файл переименован поверх старого), даёт другой ключ; два разных файла могут дать один. IPC_PRIVATE всегда создаёт новый объект; IPC_CREAT | IPC_EXCL сообщает EEXIST там, где один IPC_CREAT молча отдаёт чужой объект.</translation>
    </message>
    <message>
        <source>The key changes with the file; two paths share a key; IPC_EXCL gets EEXIST, IPC_CREAT the existing queue; two IPC_PRIVATE queues differ.</source>
        <translation>Ключ меняется вместе с файлом; у двух путей общий ключ; IPC_EXCL получает EEXIST, IPC_CREAT — существующую очередь; две очереди IPC_PRIVATE различны.</translation>
    </message>
    <message>
        <source>The file stays as it is, and only its own directory is searched for a twin.</source>
        <translation>Файл остаётся прежним, а пара с тем же ключом ищется только в его собственном каталоге.</translation>
    </message>
    <message>
        <source>ftok(file, &apos;A&apos;) = %1 (inode %2); saved anew: %3 (inode %4).</source>
        <translation>ftok(file, &apos;A&apos;) = %1 (inode %2); после сохранения заново: %3 (inode %4).</translation>
    </message>
    <message>
        <source>No two of %1 files gave one key.</source>
        <translation>Среди %1 файлов нет двух с одним ключом.</translation>
    </message>
    <message>
        <source>%1 and %2 give one key, %3 (found among %4 files).</source>
        <translation>%1 и %2 дают один ключ, %3 (найдено среди %4 файлов).</translation>
    </message>
    <message>
        <source>Key %1 is taken by queue %2: IPC_CREAT | IPC_EXCL says «%3»; IPC_CREAT alone returns %4.</source>
        <translation>Ключ %1 занят очередью %2: IPC_CREAT | IPC_EXCL сообщает «%3»; один IPC_CREAT возвращает %4.</translation>
    </message>
    <message>
        <source>msgget(IPC_PRIVATE) twice: queues %1 and %2, both with key 0.</source>
        <translation>msgget(IPC_PRIVATE) дважды: очереди %1 и %2, обе с ключом 0.</translation>
    </message>
    <message>
        <source>The key after the file was saved anew</source>
        <translation>Ключ после сохранения файла заново</translation>
    </message>
    <message>
        <source>another key</source>
        <translation>другой ключ</translation>
    </message>
    <message>
        <source>%1, then %2</source>
        <translation>%1, затем %2</translation>
    </message>
    <message>
        <source>Two paths with one key</source>
        <translation>Два пути с одним ключом</translation>
    </message>
    <message>
        <source>found</source>
        <translation>найдены</translation>
    </message>
    <message>
        <source>IPC_CREAT | IPC_EXCL on a key in use</source>
        <translation>IPC_CREAT | IPC_EXCL на занятом ключе</translation>
    </message>
    <message>
        <source>EEXIST (File exists)</source>
        <translation>EEXIST (File exists)</translation>
    </message>
    <message>
        <source>IPC_CREAT alone on a key in use</source>
        <translation>Один IPC_CREAT на занятом ключе</translation>
    </message>
    <message>
        <source>the existing queue, %1</source>
        <translation>существующая очередь, %1</translation>
    </message>
    <message>
        <source>Two msgget(IPC_PRIVATE)</source>
        <translation>Два вызова msgget(IPC_PRIVATE)</translation>
    </message>
    <message>
        <source>two different queues</source>
        <translation>две разные очереди</translation>
    </message>
    <message>
        <source>Key %1, then %2 after saving; twins: %3; IPC_EXCL: %4; IPC_CREAT: queue %5.</source>
        <translation>Ключ %1, после сохранения %2; общий ключ: %3; IPC_EXCL: %4; IPC_CREAT: очередь %5.</translation>
    </message>
    <message>
        <source>Start-up race: who sets the semaphore</source>
        <translation>Гонка при запуске: кто задаёт семафор</translation>
    </message>
    <message>
        <source>Eight instances of the lecture&apos;s semaphore program start 5 ms apart and stay 20 ms inside. Each does semget(IPC_CREAT) and SETVAL 1: one that starts while another is inside lets itself in. The fix: only the instance whose semget(IPC_CREAT | IPC_EXCL) made the set sets the value. A shared counter records the most inside at once.</source>
        <translation>Восемь экземпляров программы с семафором из лекции стартуют с интервалом 5 мс и проводят внутри 20 мс. Каждый делает semget(IPC_CREAT) и SETVAL 1: стартовавший, пока другой внутри, впускает сам себя. Исправление: значение задаёт только тот экземпляр, чей semget(IPC_CREAT | IPC_EXCL) создал набор. Общий счётчик запоминает, сколько их было внутри одновременно.</translation>
    </message>
    <message>
        <source>The lecture&apos;s start-up: several inside at once, the value ends above 1; the fix: one at a time, the value ends at 1.</source>
        <translation>Запуск как в лекции: внутри сразу несколько, в конце значение больше 1; исправление: по одному, в конце значение 1.</translation>
    </message>
    <message>
        <source>Both runs use the fix: one at a time, always.</source>
        <translation>Оба прогона с исправлением: всегда по одному.</translation>
    </message>
    <message>
        <source>%1 instances, each with SETVAL 1 at its start: %2 inside at most; the value after all: %3.</source>
        <translation>%1 экземпляров, каждый с SETVAL 1 при старте: внутри одновременно до %2; значение в конце: %3.</translation>
    </message>
    <message>
        <source>%1 instances, SETVAL by the creator only (IPC_EXCL): %2 inside at most; the value after all: %3.</source>
        <translation>%1 экземпляров, SETVAL только у создателя (IPC_EXCL): внутри одновременно до %2; значение в конце: %3.</translation>
    </message>
    <message>
        <source>The lecture&apos;s start-up: most inside at once</source>
        <translation>Запуск как в лекции: больше всего внутри одновременно</translation>
    </message>
    <message>
        <source>more than 1</source>
        <translation>больше 1</translation>
    </message>
    <message>
        <source>The fix: most inside at once</source>
        <translation>Исправление: больше всего внутри одновременно</translation>
    </message>
    <message>
        <source>1, every instance through</source>
        <translation>1, прошли все экземпляры</translation>
    </message>
    <message>
        <source>The fix: the semaphore after all left</source>
        <translation>Исправление: семафор после выхода всех</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>SETVAL in every instance: %1 inside at once, the value ends at %2. The fix: %3 at once, %4 at the end.</source>
        <translation>SETVAL в каждом экземпляре: внутри одновременно %1, в конце значение %2. Исправление: одновременно %3, в конце %4.</translation>
    </message>
    <message>
        <source>In a private IPC namespace (unshare(CLONE_NEWIPC)): the lecture&apos;s keys and names, and nothing of the machine&apos;s can be touched.</source>
        <translation>В собственном пространстве имён IPC (unshare(CLONE_NEWIPC)): ключи и имена — как в лекции, и ничего из объектов машины задеть нельзя.</translation>
    </message>
    <message>
        <source>In a private IPC namespace of a user namespace of ours (CLONE_NEWUSER | CLONE_NEWIPC): the lecture&apos;s keys and names, and nothing of the machine&apos;s can be touched.</source>
        <translation>В собственном пространстве имён IPC внутри нашего пространства имён пользователей (CLONE_NEWUSER | CLONE_NEWIPC): ключи и имена — как в лекции, и ничего из объектов машины задеть нельзя.</translation>
    </message>
    <message>
        <source>No private namespace here (%1): fresh keys and names created exclusively (IPC_EXCL, O_EXCL, mode 0600) stand in for the lecture&apos;s — the only change to its calls.</source>
        <translation>Собственного пространства имён здесь нет (%1): вместо ключей и имён лекции — новые, созданные монопольно (IPC_EXCL, O_EXCL, права 0600); это единственное отличие от её вызовов.</translation>
    </message>
    <message>
        <source>The lecture&apos;s example: a message queue</source>
        <translation>Пример из лекции: очередь сообщений</translation>
    </message>
    <message>
        <source>The lecture&apos;s examples</source>
        <translation>Примеры из лекции</translation>
    </message>
    <message>
        <source>The lecture&apos;s sender as printed: ftok(&quot;/tmp&quot;, &apos;B&apos;), msgget with IPC_CREAT | 0666, msgsnd of 100 bytes, getchar(), exit — msgctl(IPC_RMID) commented out. Run twice, then ipcs -q. Then a message of type 2, sent last, and msgtyp; then two files with one ftok key.</source>
        <translation>Отправитель из лекции как есть: ftok(&quot;/tmp&quot;, &apos;B&apos;), msgget с IPC_CREAT | 0666, msgsnd на 100 байт, getchar(), выход — msgctl(IPC_RMID) закомментирован. Запуск дважды, затем ipcs -q. Потом сообщение типа 2, отправленное последним, и msgtyp; потом два файла с одним ключом ftok.</translation>
    </message>
    <message>
        <source>After both runs the queue stays with 2 messages, 200 B; msgtyp 2 takes the newest first; two paths share an ftok key.</source>
        <translation>После двух запусков очередь остаётся с 2 сообщениями, 200 Б; msgtyp 2 первым забирает самое новое; у двух путей общий ключ ftok.</translation>
    </message>
    <message>
        <source>The sender calls the msgctl(IPC_RMID) the lecture comments out: nothing stays.</source>
        <translation>Отправитель вызывает msgctl(IPC_RMID), закомментированный в лекции: ничего не остаётся.</translation>
    </message>
    <message>
        <source>ftok(&quot;/tmp&quot;, &apos;B&apos;) = %1; the queue&apos;s key: %2.</source>
        <translation>ftok(&quot;/tmp&quot;, &apos;B&apos;) = %1; ключ очереди: %2.</translation>
    </message>
    <message>
        <source>First run: «%1»; ipcs -q while it waits: %2; exit %3.</source>
        <translation>Первый запуск: «%1»; ipcs -q, пока он ждёт: %2; код выхода %3.</translation>
    </message>
    <message>
        <source>Second run: «%1»; ipcs -q while it waits: %2; exit %3.</source>
        <translation>Второй запуск: «%1»; ipcs -q, пока он ждёт: %2; код выхода %3.</translation>
    </message>
    <message>
        <source>Both senders gone; ipcs -q in the namespace: %1.</source>
        <translation>Оба отправителя завершились; ipcs -q в пространстве имён: %1.</translation>
    </message>
    <message>
        <source>A third message of type 2, sent last. msgrcv with msgtyp 2: %1; then msgtyp 0: %2.</source>
        <translation>Третье сообщение, типа 2, отправлено последним. msgrcv с msgtyp 2: %1; затем с msgtyp 0: %2.</translation>
    </message>
    <message>
        <source>No two of %1 files under /usr/share gave one ftok key.</source>
        <translation>Среди %1 файлов в /usr/share нет двух с одинаковым ключом ftok.</translation>
    </message>
    <message>
        <source>ftok(path, &apos;B&apos;) of %2 and of %3 is the same key %1 (found among %4 files).</source>
        <translation>ftok(path, &apos;B&apos;) для %2 и для %3 даёт один и тот же ключ %1 (найдено среди %4 файлов).</translation>
    </message>
    <message>
        <source>Each run sent and waited in getchar()</source>
        <translation>Каждый запуск отправил сообщение и ждал в getchar()</translation>
    </message>
    <message>
        <source>«%1» twice, exit 0</source>
        <translation>«%1» дважды, код выхода 0</translation>
    </message>
    <message>
        <source>«%1», «%2»</source>
        <translation>«%1», «%2»</translation>
    </message>
    <message>
        <source>ipcs -q after both senders exited</source>
        <translation>ipcs -q после выхода обоих отправителей</translation>
    </message>
    <message>
        <source>the queue, 2 messages, 200 B</source>
        <translation>очередь, 2 сообщения, 200 Б</translation>
    </message>
    <message>
        <source>msgrcv with msgtyp 2</source>
        <translation>msgrcv с msgtyp 2</translation>
    </message>
    <message>
        <source>the type-2 message sent last</source>
        <translation>сообщение типа 2, отправленное последним</translation>
    </message>
    <message>
        <source>Two paths with one ftok key</source>
        <translation>Два пути с одним ключом ftok</translation>
    </message>
    <message>
        <source>After two runs: %1. msgtyp 2 first took: %2. ftok twins: %3.</source>
        <translation>После двух запусков: %1. msgtyp 2 первым забрал: %2. Ключ ftok у двух путей: %3.</translation>
    </message>
    <message>
        <source>The sender is complete as printed; msgctl(msgid, IPC_RMID, NULL) stays commented out.</source>
        <translation>Отправитель закончен в том виде, как напечатан; msgctl(msgid, IPC_RMID, NULL) остаётся закомментированным.</translation>
    </message>
    <message>
        <source>After two runs, with both senders gone, ipcs -q listed: %1.</source>
        <translation>После двух запусков, когда оба отправителя завершились, ipcs -q показал: %1.</translation>
    </message>
    <message>
        <source>A System V queue lives until IPC_RMID or reboot, whoever created it; nobody removes this one. Here it went with the private namespace; on the machine it would stay.</source>
        <translation>Очередь System V живёт до IPC_RMID или перезагрузки, кто бы её ни создал; эту не удаляет никто. Здесь она исчезла вместе с собственным пространством имён; на машине она бы осталась.</translation>
    </message>
    <message>
        <source>How to choose a key without collisions: man 3 ftok — it makes a key from a file name.</source>
        <translation>Как выбирать ключ так, чтобы не было коллизий: man 3 ftok — по имени файла выдаёт ключ.</translation>
    </message>
    <message>
        <source>%1 and %2 give the same key %3.</source>
        <translation>%1 и %2 дают один и тот же ключ %3.</translation>
    </message>
    <message>
        <source>ftok keeps 8 bits of the id, 8 of the device and 16 of the inode: files 65 536 inodes apart share a key. ftok(3) promises no uniqueness; IPC_PRIVATE or IPC_EXCL does.</source>
        <translation>ftok берёт 8 бит идентификатора, 8 бит устройства и 16 бит номера inode: у файлов, чьи inode отличаются на 65 536, ключ общий. ftok(3) уникальности не обещает; её дают IPC_PRIVATE или IPC_EXCL.</translation>
    </message>
    <message>
        <source>Messages are received one after another (that is why it is a queue).</source>
        <translation>Сообщения получаются по очереди (на то и queue).</translation>
    </message>
    <message>
        <source>Not measured: the queue was gone.</source>
        <translation>Не измерено: очереди уже не было.</translation>
    </message>
    <message>
        <source>msgrcv with msgtyp 2 took «%1», sent after two older messages of type 1.</source>
        <translation>msgrcv с msgtyp 2 забрал «%1», отправленное после двух более старых сообщений типа 1.</translation>
    </message>
    <message>
        <source>msgrcv chooses by msgtyp: 0 the oldest, &gt; 0 the oldest of that type, &lt; 0 the lowest type; a POSIX queue hands out the highest priority first. The order holds within a type.</source>
        <translation>msgrcv выбирает по msgtyp: 0 — самое старое, &gt; 0 — самое старое этого типа, &lt; 0 — с наименьшим типом; очередь POSIX первым выдаёт наивысший приоритет. Порядок соблюдается только внутри одного типа.</translation>
    </message>
    <message>
        <source>The lecture&apos;s example: POSIX shared memory</source>
        <translation>Пример из лекции: разделяемая память POSIX</translation>
    </message>
    <message>
        <source>The lecture&apos;s writer as printed: shm_open(&quot;/my_shm&quot;, O_CREAT | O_RDWR, 0666), ftruncate to 256 B, mmap, write, getchar(), then munmap, close, shm_unlink — in a /dev/shm of the lesson&apos;s own. While it waits: ls -l /dev/shm and the file&apos;s bytes. And the listing given to the C++ compiler.</source>
        <translation>Писатель из лекции как есть: shm_open(&quot;/my_shm&quot;, O_CREAT | O_RDWR, 0666), ftruncate до 256 Б, mmap, запись, getchar(), затем munmap, close, shm_unlink — в собственном /dev/shm урока. Пока он ждёт: ls -l /dev/shm и байты файла. И листинг, отданный компилятору C++.</translation>
    </message>
    <message>
        <source>/dev/shm/my_shm holds 256 B with the greeting while the writer waits and is gone after shm_unlink; as C++ the listing does not compile (void * to char *).</source>
        <translation>Пока писатель ждёт, /dev/shm/my_shm занимает 256 Б и хранит приветствие, после shm_unlink файла нет; как C++ листинг не компилируется (void * в char *).</translation>
    </message>
    <message>
        <source>The listing compiled with the cast it lacks, (char *)mmap(…): C++ accepts it.</source>
        <translation>Листинг компилируется с недостающим приведением (char *)mmap(…): C++ его принимает.</translation>
    </message>
    <message>
        <source>/dev/shm is a tmpfs of the lesson&apos;s own (a mount namespace): &quot;/my_shm&quot; is nobody else&apos;s.</source>
        <translation>/dev/shm — собственная tmpfs урока (пространство имён монтирования): &quot;/my_shm&quot; больше ничьё.</translation>
    </message>
    <message>
        <source>No /dev/shm of our own: the writer uses %1, created with O_EXCL.</source>
        <translation>Собственного /dev/shm нет: писатель использует %1, созданный с O_EXCL.</translation>
    </message>
    <message>
        <source>The writer: «%1»; it waits in getchar().</source>
        <translation>Писатель: «%1»; он ждёт в getchar().</translation>
    </message>
    <message>
        <source>ls -l %1: %2 (the mode asked for, less the umask). Its bytes, read as a file: «%3».</source>
        <translation>ls -l %1: %2 (запрошенные права за вычетом umask). Его байты, прочитанные как файл: «%3».</translation>
    </message>
    <message>
        <source>The writer&apos;s maps line: %1 — no “(deleted)” while the file is there.</source>
        <translation>Строка maps писателя: %1 — пока файл на месте, «(deleted)» нет.</translation>
    </message>
    <message>
        <source>Enter: munmap, close, shm_unlink, exit %1. ls -l %2: %3.</source>
        <translation>Enter: munmap, close, shm_unlink, код выхода %1. ls -l %2: %3.</translation>
    </message>
    <message>
        <source>No C++ compiler (c++) here: the listing was not compiled.</source>
        <translation>Компилятора C++ (c++) здесь нет: листинг не компилировался.</translation>
    </message>
    <message>
        <source>c++ -fsyntax-only accepts the listing.</source>
        <translation>c++ -fsyntax-only принимает листинг.</translation>
    </message>
    <message>
        <source>c++ -fsyntax-only refuses the listing: %1</source>
        <translation>c++ -fsyntax-only отвергает листинг: %1</translation>
    </message>
    <message>
        <source>As C (cc -fsyntax-only) it compiles.</source>
        <translation>Как C (cc -fsyntax-only) он компилируется.</translation>
    </message>
    <message>
        <source>As C (cc -fsyntax-only) it does not compile either.</source>
        <translation>Как C (cc -fsyntax-only) он тоже не компилируется.</translation>
    </message>
    <message>
        <source>ls -l of the object while the writer waits</source>
        <translation>ls -l объекта, пока писатель ждёт</translation>
    </message>
    <message>
        <source>256 B</source>
        <translation>256 Б</translation>
    </message>
    <message>
        <source>Its bytes, read as a file</source>
        <translation>Его байты, прочитанные как файл</translation>
    </message>
    <message>
        <source>The writer&apos;s maps line</source>
        <translation>Строка maps писателя</translation>
    </message>
    <message>
        <source>After shm_unlink</source>
        <translation>После shm_unlink</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>The listing as C++</source>
        <translation>Листинг как C++</translation>
    </message>
    <message>
        <source>refused: void * to char *</source>
        <translation>отвергнут: void * в char *</translation>
    </message>
    <message>
        <source>compiles</source>
        <translation>компилируется</translation>
    </message>
    <message>
        <source>%1: %2 with «%3», after shm_unlink: %4. As C++: %5.</source>
        <translation>%1: %2, содержимое «%3», после shm_unlink: %4. Как C++: %5.</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>не проверялось</translation>
    </message>
    <message>
        <source>The POSIX example is C++ (the lecture&apos;s code is marked cpp).</source>
        <translation>Пример POSIX написан на C++ (код в лекции помечен как cpp).</translation>
    </message>
    <message>
        <source>Not compiled here: no c++ found.</source>
        <translation>Здесь не компилировался: c++ не найден.</translation>
    </message>
    <message>
        <source>c++ accepts it.</source>
        <translation>c++ его принимает.</translation>
    </message>
    <message>
        <source>c++ refuses it: %1; %2</source>
        <translation>c++ его отвергает: %1; %2</translation>
    </message>
    <message>
        <source>as C it compiles.</source>
        <translation>как C он компилируется.</translation>
    </message>
    <message>
        <source>as C it does not compile either.</source>
        <translation>как C он тоже не компилируется.</translation>
    </message>
    <message>
        <source>C converts void * to any pointer silently; C++ does not: ptr = (char *)mmap(…) compiles in both.</source>
        <translation>C молча приводит void * к любому указателю, C++ — нет: ptr = (char *)mmap(…) компилируется в обоих.</translation>
    </message>
    <message>
        <source>The lecture&apos;s example: a semaphore</source>
        <translation>Пример из лекции: семафор</translation>
    </message>
    <message>
        <source>The lecture&apos;s program as printed: semget, SETVAL 1, P, «Critical section start», getchar(), V. Two instances at once: the second&apos;s SETVAL undoes the first&apos;s P. Then one killed inside (Ctrl-C), without SEM_UNDO and with it. And the advice to use a mutex instead, measured at 64 B.</source>
        <translation>Программа из лекции как есть: semget, SETVAL 1, P, «Critical section start», getchar(), V. Два экземпляра одновременно: SETVAL второго отменяет P первого. Затем экземпляр, убитый внутри (Ctrl-C), без SEM_UNDO и с ним. И совет использовать вместо семафоров мьютексы, измеренный на 64 Б.</translation>
    </message>
    <message>
        <source>Both instances are inside at once and the semaphore ends at 2; killed inside, it stays taken without SEM_UNDO and is given back with it.</source>
        <translation>Оба экземпляра одновременно внутри, и семафор в конце равен 2; если убить процесс внутри, без SEM_UNDO семафор остаётся захваченным, а с SEM_UNDO возвращается.</translation>
    </message>
    <message>
        <source>The fix: only the creator (IPC_CREAT | IPC_EXCL) sets the value, so the second instance waits in P.</source>
        <translation>Исправление: значение задаёт только создатель (IPC_CREAT | IPC_EXCL), поэтому второй экземпляр ждёт в P.</translation>
    </message>
    <message>
        <source>First instance: «%1»; the semaphore now %2.</source>
        <translation>Первый экземпляр: «%1»; семафор теперь %2.</translation>
    </message>
    <message>
        <source>Second instance, while the first is inside: «%1» — its SETVAL 1 undid the first&apos;s P. Both are in the critical section.</source>
        <translation>Второй экземпляр, пока первый внутри: «%1» — его SETVAL 1 отменил P первого. Оба в критической секции.</translation>
    </message>
    <message>
        <source>Second instance: waits in P (wchan %1).</source>
        <translation>Второй экземпляр: ждёт в P (wchan %1).</translation>
    </message>
    <message>
        <source>Both released: exits %1 and %2; the semaphore reads %3. ipcs -s: %4.</source>
        <translation>Оба отпущены: коды выхода %1 и %2; семафор равен %3. ipcs -s: %4.</translation>
    </message>
    <message>
        <source>Killed by Ctrl-C inside, no SEM_UNDO: the semaphore stays %1.</source>
        <translation>Убит по Ctrl-C внутри, без SEM_UNDO: семафор остаётся %1.</translation>
    </message>
    <message>
        <source>Killed by Ctrl-C inside, with SEM_UNDO: the kernel gave it back, %1.</source>
        <translation>Убит по Ctrl-C внутри, с SEM_UNDO: ядро вернуло значение, %1.</translation>
    </message>
    <message>
        <source>%1 at 64 B: %2.</source>
        <translation>%1 на 64 Б: %2.</translation>
    </message>
    <message>
        <source>Both instances inside the critical section at once</source>
        <translation>Оба экземпляра одновременно в критической секции</translation>
    </message>
    <message>
        <source>The semaphore after both V</source>
        <translation>Семафор после обоих V</translation>
    </message>
    <message>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <source>Killed inside without SEM_UNDO: the semaphore</source>
        <translation>Убит внутри без SEM_UNDO: семафор</translation>
    </message>
    <message>
        <source>0 (still taken)</source>
        <translation>0 (всё ещё захвачен)</translation>
    </message>
    <message>
        <source>Killed inside with SEM_UNDO: the semaphore</source>
        <translation>Убит внутри с SEM_UNDO: семафор</translation>
    </message>
    <message>
        <source>1 (given back)</source>
        <translation>1 (возвращён)</translation>
    </message>
    <message>
        <source>Second instance: «%1»; the semaphore after both: %2. Killed inside: %3 without SEM_UNDO, %4 with it.</source>
        <translation>Второй экземпляр: «%1»; семафор после обоих: %2. Убит внутри: %3 без SEM_UNDO, %4 с ним.</translation>
    </message>
    <message>
        <source>Initialise the semaphore with 1 (SETVAL), then P … V: one process at a time in the critical section.</source>
        <translation>Инициализация семафора значением 1 (SETVAL), затем P … V: в критической секции одновременно только один процесс.</translation>
    </message>
    <message>
        <source>Two instances printed «%1» together; after both V the semaphore read %2.</source>
        <translation>Два экземпляра одновременно напечатали «%1»; после обоих V семафор равен %2.</translation>
    </message>
    <message>
        <source>The second instance waited in P (wchan %1).</source>
        <translation>Второй экземпляр ждал в P (wchan %1).</translation>
    </message>
    <message>
        <source>Every instance runs SETVAL 1, undoing P of whoever is inside. Set the value once, in the process that creates the set (IPC_CREAT | IPC_EXCL); the others find it.</source>
        <translation>Каждый экземпляр выполняет SETVAL 1 и отменяет P того, кто уже внутри. Значение задают один раз — в процессе, создающем набор (IPC_CREAT | IPC_EXCL); остальные его только находят.</translation>
    </message>
    <message>
        <source>P and V are enough (sem_flg = 0).</source>
        <translation>P и V достаточно (sem_flg = 0).</translation>
    </message>
    <message>
        <source>An instance killed inside left the semaphore at %1; with SEM_UNDO it was %2.</source>
        <translation>Экземпляр, убитый внутри, оставил семафор равным %1; с SEM_UNDO он был %2.</translation>
    </message>
    <message>
        <source>Without SEM_UNDO the kernel does not undo the P of a process that dies inside: everyone else waits for ever. With SEM_UNDO it gives the value back at exit.</source>
        <translation>Без SEM_UNDO ядро не отменяет P процесса, умершего внутри: все остальные ждут вечно. С SEM_UNDO ядро возвращает значение при выходе процесса.</translation>
    </message>
    <message>
        <source>But it is a very old way (mutexes are used now).</source>
        <translation>Но это очень древний способ (сейчас используют мьютексы).</translation>
    </message>
    <message>
        <source>At 64 B, one producer and one consumer: process-shared mutex %1, POSIX semaphores %2, System V semaphores %3.</source>
        <translation>На 64 Б, один производитель и один потребитель: разделяемый между процессами мьютекс %1, семафоры POSIX %2, семафоры System V %3.</translation>
    </message>
    <message>
        <source>A process-shared mutex and a POSIX semaphore both sleep on a futex and make no system call when nobody waits; System V semaphores make one for every P and V. Age says nothing of speed: measure.</source>
        <translation>Разделяемый мьютекс и семафор POSIX спят на фьютексе и не делают системных вызовов, пока никто не ждёт; семафоры System V делают вызов на каждое P и V. Возраст ничего не говорит о скорости: измеряйте.</translation>
    </message>
    <message>
        <source>The lecture&apos;s programs as printed: key 12222, 1 000 000 B, mode 0666. shm_write writes a greeting and waits in getchar(); shm_read reads it, detaches and removes the segment. Then shm_write without getchar(), which the lecture says loses the segment; then shm_read started first.</source>
        <translation>Программы из лекции как есть: ключ 12222, 1 000 000 Б, права 0666. shm_write пишет приветствие и ждёт в getchar(); shm_read читает его, отсоединяет сегмент (shmdt) и удаляет его. Затем shm_write без getchar(), из-за чего, по словам лекции, сегмент пропадает; затем shm_read, запущенный первым.</translation>
    </message>
    <message>
        <source>Read while the writer waits; IPC_RMID only marks the segment until the writer detaches; without getchar() it is still there and read; a reader first gets ENOENT.</source>
        <translation>Прочитано, пока писатель ждёт; IPC_RMID лишь помечает сегмент на удаление до отсоединения писателя; без getchar() сегмент на месте и прочитан; читатель, запущенный первым, получает ENOENT.</translation>
    </message>
    <message>
        <source>The writer without getchar() removes the segment before it exits — what the lecture fears its exit does: the reader finds nothing.</source>
        <translation>Писатель без getchar() удаляет сегмент перед выходом — то, чего лекция опасается от его завершения: читатель ничего не находит.</translation>
    </message>
    <message>
        <source>shm_write (pid %1): «%2»; it waits in getchar(). Its /proc/PID/maps line: %3</source>
        <translation>shm_write (pid %1): «%2»; он ждёт в getchar(). Его строка в /proc/PID/maps: %3</translation>
    </message>
    <message>
        <source>ipcs -m: %1</source>
        <translation>ipcs -m: %1</translation>
    </message>
    <message>
        <source>shm_read: «%1» (exit status %2); it detached and called shmctl(IPC_RMID).</source>
        <translation>shm_read: «%1» (код выхода %2); он отсоединил сегмент (shmdt) и вызвал shmctl(IPC_RMID).</translation>
    </message>
    <message>
        <source>ipcs -m now: %1 — marked for removal (IPC_RMID) while shm_write is still attached; the key reads 0.</source>
        <translation>ipcs -m теперь: %1 — сегмент помечен на удаление (IPC_RMID), пока shm_write к нему присоединён; ключ стал 0.</translation>
    </message>
    <message>
        <source>Its maps line already ended in “(deleted)” before IPC_RMID: a System V segment&apos;s file is never in any directory, so “(deleted)” proves nothing here.</source>
        <translation>Его строка maps заканчивалась на «(deleted)» ещё до IPC_RMID: файл сегмента System V не лежит ни в одном каталоге, так что «(deleted)» здесь ничего не доказывает.</translation>
    </message>
    <message>
        <source>Enter for shm_write: shmdt, exit %1. ipcs -m: %2.</source>
        <translation>Enter для shm_write: отсоединение (shmdt), код выхода %1. ipcs -m: %2.</translation>
    </message>
    <message>
        <source>shm_write without getchar(): «%1», exit %2. ipcs -m: %3.</source>
        <translation>shm_write без getchar(): «%1», код выхода %2. ipcs -m: %3.</translation>
    </message>
    <message>
        <source>shm_read after it: «%1» (exit status %2).</source>
        <translation>shm_read после него: «%1» (код выхода %2).</translation>
    </message>
    <message>
        <source>shm_read with no writer before it: «%1» (exit status %2).</source>
        <translation>shm_read без писателя перед ним: «%1» (код выхода %2).</translation>
    </message>
    <message>
        <source>shm_write&apos;s segment, while it waits in getchar()</source>
        <translation>Сегмент shm_write, пока тот ждёт в getchar()</translation>
    </message>
    <message>
        <source>key %1, 1000000 B, mode %2, attached once</source>
        <translation>ключ %1, 1000000 Б, права %2, одно присоединение</translation>
    </message>
    <message>
        <source>What shm_read printed</source>
        <translation>Что напечатал shm_read</translation>
    </message>
    <message>
        <source>After shm_read&apos;s IPC_RMID, shm_write still attached</source>
        <translation>После IPC_RMID от shm_read, пока shm_write присоединён</translation>
    </message>
    <message>
        <source>key 0, attached once, marked for removal</source>
        <translation>ключ 0, одно присоединение, помечен на удаление</translation>
    </message>
    <message>
        <source>After shm_write&apos;s shmdt</source>
        <translation>После отсоединения (shmdt) shm_write</translation>
    </message>
    <message>
        <source>Without getchar(): the segment after the writer&apos;s exit, then shm_read</source>
        <translation>Без getchar(): сегмент после выхода писателя, затем shm_read</translation>
    </message>
    <message>
        <source>still there, attached 0 times; the greeting read</source>
        <translation>на месте, присоединений 0; приветствие прочитано</translation>
    </message>
    <message>
        <source>%1; «%2»</source>
        <translation>%1; «%2»</translation>
    </message>
    <message>
        <source>shm_read with no writer before it</source>
        <translation>shm_read без писателя перед ним</translation>
    </message>
    <message>
        <source>shmget fails: ENOENT</source>
        <translation>shmget завершается с ошибкой ENOENT</translation>
    </message>
    <message>
        <source>As printed: read «%1», IPC_RMID marked it until shm_write detached. Without getchar(): %2. Reader first: «%3».</source>
        <translation>Как в лекции: прочитано «%1», IPC_RMID пометил сегмент на удаление до отсоединения shm_write. Без getchar(): %2. Читатель первым: «%3».</translation>
    </message>
    <message>
        <source>the segment was gone</source>
        <translation>сегмента уже не было</translation>
    </message>
    <message>
        <source>the segment stayed and was read</source>
        <translation>сегмент остался и был прочитан</translation>
    </message>
    <message>
        <source>Without getchar(), shm_write may exit before shm_read reads the data. This leads to shmctl(shm_id, IPC_RMID, NULL) and the removal of the segment before it is read.</source>
        <translation>Без getchar() процесс shm_write может завершиться до того, как shm_read прочитает данные. Это приведёт к вызову shmctl(shm_id, IPC_RMID, NULL) и удалению сегмента до его чтения.</translation>
    </message>
    <message>
        <source>In the control the writer called IPC_RMID itself before exiting: then shm_read printed «%1».</source>
        <translation>В контрольном прогоне писатель сам вызвал IPC_RMID перед выходом: тогда shm_read напечатал «%1».</translation>
    </message>
    <message>
        <source>Without getchar() shm_write exited; ipcs -m still listed the segment (%1), and shm_read then printed «%2».</source>
        <translation>Без getchar() shm_write завершился; ipcs -m по-прежнему показывал сегмент (%1), и затем shm_read напечатал «%2».</translation>
    </message>
    <message>
        <source>A segment lives until IPC_RMID and its last detach; exit only detaches. IPC_RMID is shm_read&apos;s own call, after it has read. The real risks are a reader that starts first (ENOENT) and a reader that removes the segment for everyone after it.</source>
        <translation>Сегмент живёт до IPC_RMID и последнего отсоединения; выход процесса только отсоединяет сегмент. IPC_RMID — вызов самого shm_read, уже после чтения. Настоящие риски — читатель, запущенный первым (ENOENT), и читатель, удаляющий сегмент для всех, кто придёт после него.</translation>
    </message>
    <message>
        <source>The memory map of shm_write shows a /SYSV0… range: that is the shared segment.</source>
        <translation>В карте памяти shm_write есть отрезок /SYSV0… — это и есть кусок разделяемой памяти.</translation>
    </message>
    <message>
        <source>The name is /SYSV and the key in hex (12222 = 0x2fbe); it ends in “(deleted)” from the start, because the segment&apos;s file is in no directory.</source>
        <translation>Имя — /SYSV и ключ в шестнадцатеричном виде (12222 = 0x2fbe); строка с самого начала заканчивается на «(deleted)», потому что файл сегмента не лежит ни в одном каталоге.</translation>
    </message>
    <message>
        <source>%1: %2 (expected %3)</source>
        <translation>%1: %2 (ожидалось %3)</translation>
    </message>
    <message>
        <source>Message queues</source>
        <translation>Очереди сообщений</translation>
    </message>
    <message>
        <source>Six messages go into one System V queue with mtypes 3, 1, 2, 1, 3, 2. Then separate processes receive with different msgtyp: 0 takes the first message, a positive type the first of that type, a negative one the first message with the lowest type ≤ |msgtyp|.</source>
        <translation>Шесть сообщений помещаются в одну очередь System V с mtype 3, 1, 2, 1, 3, 2. Затем отдельные процессы получают их с разными msgtyp: 0 — первое сообщение, положительный — первое сообщение этого типа, отрицательный — первое сообщение с наименьшим типом ≤ |msgtyp|.</translation>
    </message>
    <message>
        <source>All six messages have type 1: msgtyp has nothing to choose between.</source>
        <translation>У всех шести сообщений тип 1: msgtyp не из чего выбирать.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <source>Receiver %1, msgtyp %2</source>
        <translation>Получатель %1, msgtyp %2</translation>
    </message>
    <message>
        <source>Four writers share one pipe, shrunk to one page with F_SETPIPE_SZ. A write of at most PIPE_BUF bytes is atomic: it waits for room and lands in one piece. A bigger write is split when the pipe is full, and pieces of different writers interleave — the reader gets corrupted messages.</source>
        <translation>Четыре писателя пишут в один канал, уменьшенный до одной страницы через F_SETPIPE_SZ. Запись не больше PIPE_BUF байт атомарна: она ждёт места и попадает в канал целиком. Бо́льшая запись при заполненном канале делится на части, и части разных писателей перемешиваются — читатель получает повреждённые сообщения.</translation>
    </message>
    <message>
        <source>Messages of PIPE_BUF bytes never interleave; messages of 4 × PIPE_BUF bytes do.</source>
        <translation>Сообщения по PIPE_BUF байт никогда не перемешиваются; сообщения по 4 × PIPE_BUF байт — перемешиваются.</translation>
    </message>
    <message>
        <source>Both runs write messages of PIPE_BUF bytes: none can interleave.</source>
        <translation>Оба прогона пишут сообщения по PIPE_BUF байт: перемешаться они не могут.</translation>
    </message>
    <message>
        <source>A pipe of %1 B; %2 writers × %3 messages of %4 B; the reader takes %5 records a second, so that every record it reads is drawn…</source>
        <translation>Канал на %1 Б; %2 писателя × %3 сообщений по %4 Б; читатель берёт %5 сообщений в секунду, чтобы каждое прочитанное было показано…</translation>
    </message>
    <message>
        <source>%1 messages read, %2 corrupted: their bytes came from several writers.</source>
        <translation>Прочитано сообщений: %1, повреждено: %2 — их байты пришли от нескольких писателей.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Corrupted messages of %1 B (PIPE_BUF)</source>
        <translation>Повреждённые сообщения по %1 Б (PIPE_BUF)</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>Corrupted messages of %1 B</source>
        <translation>Повреждённые сообщения по %1 Б</translation>
    </message>
    <message>
        <source>more than 0</source>
        <translation>больше 0</translation>
    </message>
    <message>
        <source>%1 B messages: %2 of %3 corrupted. %4 B messages: %5 of %6 corrupted.</source>
        <translation>Сообщения по %1 Б: повреждено %2 из %3. Сообщения по %4 Б: повреждено %5 из %6.</translation>
    </message>
    <message>
        <source>All six are sent with priority 0: they come out in the order sent.</source>
        <translation>Все шесть отправлены с приоритетом 0: они выходят в порядке отправки.</translation>
    </message>
    <message>
        <source>The order mq_receive handed them out</source>
        <translation>Порядок, в котором их выдал mq_receive</translation>
    </message>
    <message>
        <source>Four processes, started together, add 1 to one counter in shared memory for half a second: read it, write back +1. One preempted (or on another CPU) between its read and its write writes back a stale value: every update made meanwhile is lost — on one CPU as on several. With P and V around each update, none is. Nothing yields the CPU on purpose.</source>
        <translation>Четыре процесса, стартуя одновременно, полсекунды прибавляют 1 к одному счётчику в разделяемой памяти: читают его и записывают +1. Процесс, вытесненный (или работающий на другом процессоре) между чтением и записью, записывает устаревшее значение: все обновления, сделанные за это время, теряются — на одном процессоре так же, как на нескольких. С P и V вокруг каждого обновления не теряется ничего. Никто нарочно не уступает процессор.</translation>
    </message>
    <message>
        <source>Without the semaphore updates are lost, on all CPUs and on one; with it, none.</source>
        <translation>Без семафора обновления теряются — и на всех процессорах, и на одном; с ним — ни одно.</translation>
    </message>
    <message>
        <source>Every run takes the semaphore, so no update can be lost.</source>
        <translation>Каждый прогон захватывает семафор, поэтому ни одно обновление потеряться не может.</translation>
    </message>
    <message>
        <source>%1 processes for %2 ms, P and V around every update%3…</source>
        <translation>%1 процесса на %2 мс, P и V вокруг каждого обновления%3…</translation>
    </message>
    <message>
        <source>, all on one CPU</source>
        <translation>, все на одном процессоре</translation>
    </message>
    <message>
        <source>%1 processes for %2 ms, no semaphore%3…</source>
        <translation>%1 процесса на %2 мс, без семафора%3…</translation>
    </message>
    <message>
        <source>, all on one CPU (as taskset -c)</source>
        <translation>, все на одном процессоре (как taskset -c)</translation>
    </message>
    <message>
        <source>%1 increments made, the counter reads %2: %3 lost; %4 involuntary context switches (preemptions).</source>
        <translation>Сделано прибавлений: %1, счётчик равен %2: потеряно %3; принудительных переключений контекста (вытеснений): %4.</translation>
    </message>
    <message>
        <source>Updates lost without a semaphore, on all CPUs</source>
        <translation>Потеряно обновлений без семафора, на всех процессорах</translation>
    </message>
    <message>
        <source>Updates lost without a semaphore, all on one CPU</source>
        <translation>Потеряно обновлений без семафора, все на одном процессоре</translation>
    </message>
    <message>
        <source>Updates lost with P and V around each</source>
        <translation>Потеряно обновлений с P и V вокруг каждого</translation>
    </message>
    <message>
        <source>Without the semaphore: %1 updates lost on all CPUs, %2 on one CPU. With it: %3.</source>
        <translation>Без семафора потеряно обновлений: %1 на всех процессорах, %2 на одном. С ним: %3.</translation>
    </message>
    <message>
        <source>Four processes send signals to one as fast as they can. A standard signal (SIGUSR1, kill) is one bit in the set of pending signals: those sent while it is pending merge, and kill() says nothing. Real-time signals (SIGRTMIN, sigqueue) are queued with their values — up to RLIMIT_SIGPENDING (SigQ in /proc/PID/status); beyond it sigqueue refuses with EAGAIN.</source>
        <translation>Четыре процесса как можно быстрее шлют сигналы одному. Стандартный сигнал (SIGUSR1, kill) — это один бит в наборе ожидающих сигналов: посланные, пока он установлен, сливаются, и kill() об этом молчит. Сигналы реального времени (SIGRTMIN, sigqueue) ставятся в очередь со своими значениями — до RLIMIT_SIGPENDING (SigQ в /proc/PID/status); сверх него sigqueue отказывает с EAGAIN.</translation>
    </message>
    <message>
        <source>Fewer SIGUSR1 arrive than kill() sent; every SIGRTMIN that sigqueue accepted arrives, in order — a refused one is counted, never retried.</source>
        <translation>SIGUSR1 доходит меньше, чем отправил kill(); каждый SIGRTMIN, принятый sigqueue, доходит по порядку — отказ учитывается и никогда не повторяется.</translation>
    </message>
    <message>
        <source>One sender of SIGUSR1 that waits until each has been taken: none can merge.</source>
        <translation>Один отправитель SIGUSR1, который ждёт, пока каждый сигнал заберут: слиться нечему.</translation>
    </message>
    <message>
        <source>One sender, %1 SIGUSR1 with kill(), each awaited…</source>
        <translation>Один отправитель, %1 SIGUSR1 через kill(), каждый с ожиданием…</translation>
    </message>
    <message>
        <source>SIGUSR1: kill() succeeded %1 times, %2 arrived: %3 merged while pending, and no sender was told.</source>
        <translation>SIGUSR1: kill() успешно выполнен %1 раз, дошло %2; слились с уже ожидающим: %3, и ни одному отправителю об этом не сообщили.</translation>
    </message>
    <message>
        <source>SIGUSR1: kill() succeeded %1 times, %2 arrived: none merged.</source>
        <translation>SIGUSR1: kill() успешно выполнен %1 раз, дошло %2: ни один не слился.</translation>
    </message>
    <message>
        <source>SIGRTMIN: sigqueue accepted %1 and refused %2 with EAGAIN; SigQ peaked at %3 of %4 (RLIMIT_SIGPENDING).</source>
        <translation>SIGRTMIN: sigqueue принял %1 и отказал с EAGAIN %2; SigQ достигал %3 из %4 (RLIMIT_SIGPENDING).</translation>
    </message>
    <message>
        <source>%1 arrived, %2 out of order, %3 duplicated; every value checked.</source>
        <translation>Дошло %1, не по порядку %2, повторов %3; каждое значение проверено.</translation>
    </message>
    <message>
        <source>SIGUSR1 merged while pending (sent − arrived)</source>
        <translation>SIGUSR1, слившиеся с уже ожидающим (отправлено − дошло)</translation>
    </message>
    <message>
        <source>SIGRTMIN accepted by sigqueue that arrived</source>
        <translation>Дошедшие SIGRTMIN, принятые sigqueue</translation>
    </message>
    <message>
        <source>all %1 (%2 refused with EAGAIN)</source>
        <translation>все %1 (отказано с EAGAIN: %2)</translation>
    </message>
    <message>
        <source>SIGRTMIN out of order or duplicated</source>
        <translation>SIGRTMIN не по порядку или повторно</translation>
    </message>
    <message>
        <source>SIGUSR1: %1 of %2 arrived. SIGRTMIN: %3 of %4 accepted by sigqueue, %5 refused with EAGAIN (SigQ peaked at %6 of %7); %8 arrived, %9 out of order.</source>
        <translation>SIGUSR1: дошло %1 из %2. SIGRTMIN: sigqueue принял %3 из %4, отказал с EAGAIN %5 (SigQ достигал %6 из %7); дошло %8, не по порядку %9.</translation>
    </message>
    <message>
        <source>The reader reads to the end: nobody writes to a pipe without a reader.</source>
        <translation>Читатель читает до конца: никто не пишет в канал без читателя.</translation>
    </message>
    <message>
        <source>The reader reads all %1 messages…</source>
        <translation>Читатель читает все %1 сообщений…</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>код выхода %1</translation>
    </message>
    <message>
        <source>exit status %1: %2</source>
        <translation>код выхода %1: %2</translation>
    </message>
    <message>
        <source>The writer, SIGPIPE left as it is</source>
        <translation>Писатель, SIGPIPE не тронут</translation>
    </message>
    <message>
        <source>killed by SIGPIPE</source>
        <translation>убит сигналом SIGPIPE</translation>
    </message>
    <message>
        <source>The writer, SIGPIPE ignored</source>
        <translation>Писатель, SIGPIPE игнорируется</translation>
    </message>
    <message>
        <source>write() fails with EPIPE, it exits</source>
        <translation>write() завершается с EPIPE, писатель выходит</translation>
    </message>
    <message>
        <source>Each of two processes has taken its first semaphore and now asks for the other&apos;s. What happens?</source>
        <translation>Каждый из двух процессов захватил свой первый семафор и теперь запрашивает семафор другого. Что произойдёт?</translation>
    </message>
    <message>
        <source>Both finish</source>
        <translation>Оба завершатся</translation>
    </message>
    <message>
        <source>Both wait for ever, until the set is removed</source>
        <translation>Оба ждут вечно — пока набор семафоров не удалят</translation>
    </message>
    <message>
        <source>One of them fails</source>
        <translation>Один из них завершится с ошибкой</translation>
    </message>
    <message>
        <source>Several writers write messages of 4 × PIPE_BUF bytes into one pipe at once. How many come out corrupted, mixed with another writer&apos;s bytes?</source>
        <translation>Несколько писателей одновременно пишут в один канал сообщения по 4 × PIPE_BUF байт. Сколько сообщений выйдет повреждёнными, перемешанными с байтами другого писателя?</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ни одного</translation>
    </message>
    <message>
        <source>Some</source>
        <translation>Часть</translation>
    </message>
    <message>
        <source>Most of them</source>
        <translation>Большинство</translation>
    </message>
    <message>
        <source>Four processes add 1 to one counter in shared memory for %1 ms, without P and V. Does the counter reach the number of additions made?</source>
        <translation>Четыре процесса %1 мс прибавляют 1 к одному счётчику в разделяемой памяти, без P и V. Дойдёт ли счётчик до числа сделанных прибавлений?</translation>
    </message>
    <message>
        <source>Yes, exactly</source>
        <translation>Да, ровно</translation>
    </message>
    <message>
        <source>A little less (under 1 % lost)</source>
        <translation>Чуть меньше (потеряно меньше 1 %)</translation>
    </message>
    <message>
        <source>Far less</source>
        <translation>Намного меньше</translation>
    </message>
    <message>
        <source>Four processes send %1 SIGUSR1 to one with kill(). How many arrive?</source>
        <translation>Четыре процесса посылают одному %1 сигналов SIGUSR1 через kill(). Сколько из них дойдёт?</translation>
    </message>
    <message>
        <source>All of them</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>About half</source>
        <translation>Примерно половина</translation>
    </message>
    <message>
        <source>Far fewer</source>
        <translation>Гораздо меньше</translation>
    </message>
    <message>
        <source>A writer as fast as it can, a reader taking 50 messages a second. How much does the pipe take before write() makes the writer wait?</source>
        <translation>Писатель пишет так быстро, как может, читатель берёт 50 сообщений в секунду. Сколько данных примет канал, прежде чем write() заставит писателя ждать?</translation>
    </message>
    <message>
        <source>Nothing: every write() waits for a read()</source>
        <translation>Нисколько: каждый write() ждёт read()</translation>
    </message>
    <message>
        <source>One page, 4 KiB</source>
        <translation>Одну страницу, 4 КиБ</translation>
    </message>
    <message>
        <source>16 pages, 64 KiB</source>
        <translation>16 страниц, 64 КиБ</translation>
    </message>
    <message>
        <source>No limit: write() never waits</source>
        <translation>Без предела: write() никогда не ждёт</translation>
    </message>
    <message>
        <source>EIDRM: the set removed under its waiters</source>
        <translation>EIDRM: набор удалён из-под ждущих</translation>
    </message>
    <message>
        <source>The producer is stopped; both consumers fall asleep in P(full) on the System V set. Then the set is removed (semctl IPC_RMID). The kernel wakes every process asleep on it, and each semop returns -1 with errno EIDRM: the object it waited on no longer exists.</source>
        <translation>Производитель остановлен; оба потребителя засыпают в P(full) на наборе семафоров System V. Затем набор удаляется (semctl IPC_RMID). Ядро будит всех, кто на нём спит, и каждый semop возвращает -1 с errno EIDRM: объекта, которого он ждал, больше нет.</translation>
    </message>
    <message>
        <source>Two consumers asleep on the set; both woken by its removal with EIDRM.</source>
        <translation>Два потребителя спят на наборе; удаление будит обоих с EIDRM.</translation>
    </message>
    <message>
        <source>The producer is continued and the set is left alone: the consumers wake with a message, never with EIDRM.</source>
        <translation>Производитель продолжает работу, набор не трогают: потребители просыпаются с сообщением, а не с EIDRM.</translation>
    </message>
    <message>
        <source>P1 stopped; the consumers wait; the set is removed…</source>
        <translation>P1 остановлен; потребители ждут; набор удаляется…</translation>
    </message>
    <message>
        <source>P1 stopped; the consumers wait; P1 is continued…</source>
        <translation>P1 остановлен; потребители ждут; P1 продолжает…</translation>
    </message>
    <message>
        <source>Asleep in P(full): %1 (GETNCNT %2). Woken with EIDRM: %3.</source>
        <translation>Спят в P(full): %1 (GETNCNT %2). Разбужены с EIDRM: %3.</translation>
    </message>
    <message>
        <source>Consumers asleep on the set</source>
        <translation>Потребители, спящие на наборе</translation>
    </message>
    <message>
        <source>2 (GETNCNT of full: 2)</source>
        <translation>2 (GETNCNT для full: 2)</translation>
    </message>
    <message>
        <source>%1 (GETNCNT of full: %2)</source>
        <translation>%1 (GETNCNT для full: %2)</translation>
    </message>
    <message>
        <source>Woken by the removal</source>
        <translation>Разбужены удалением</translation>
    </message>
    <message>
        <source>both, with EIDRM</source>
        <translation>оба, с EIDRM</translation>
    </message>
    <message>
        <source>%1 with EIDRM</source>
        <translation>%1 с EIDRM</translation>
    </message>
    <message>
        <source>%1 asleep on the set; %2 woken with EIDRM.</source>
        <translation>Спят на наборе: %1; разбужены с EIDRM: %2.</translation>
    </message>
    <message>
        <source>The lock holder stopped: everyone waits</source>
        <translation>Владелец блокировки остановлен: ждут все</translation>
    </message>
    <message>
        <source>Three producers take turns at the System V semaphore put. P1 is stopped with SIGSTOP while it holds put. The other producers pile up in P(put), the consumer in P(full): all asleep in the kernel, using no CPU. SIGCONT lets P1 go on, it gives put back, and everyone runs again.</source>
        <translation>Три производителя по очереди захватывают семафор System V put. P1 останавливают сигналом SIGSTOP, пока он держит put. Остальные производители скапливаются в P(put), потребитель — в P(full): все спят в ядре и не тратят процессор. SIGCONT позволяет P1 продолжить, он возвращает put, и все снова работают.</translation>
    </message>
    <message>
        <source>While P1 is stopped: 2 waiting in P(put), nothing sent, almost no CPU; after SIGCONT all finish.</source>
        <translation>Пока P1 остановлен: двое ждут в P(put), ничего не отправлено, процессор почти не занят; после SIGCONT все завершаются.</translation>
    </message>
    <message>
        <source>P1 is stopped between two messages, holding nothing: the others go on without it.</source>
        <translation>P1 остановлен между двумя сообщениями, ничего не удерживая: остальные работают без него.</translation>
    </message>
    <message>
        <source>P1 is stopped (SIGSTOP) while it holds put…</source>
        <translation>P1 останавливается (SIGSTOP), удерживая put…</translation>
    </message>
    <message>
        <source>P1 is stopped (SIGSTOP) between two messages…</source>
        <translation>P1 останавливается (SIGSTOP) между двумя сообщениями…</translation>
    </message>
    <message>
        <source>While P1 was stopped: %1 waiting in P(put), %2 messages sent, %3 ms of CPU in %4 ms by the others. After SIGCONT %5 of %6 finished.</source>
        <translation>Пока P1 был остановлен: ждали в P(put): %1, отправлено сообщений: %2, остальные потратили %3 мс процессора за %4 мс. После SIGCONT завершились %5 из %6.</translation>
    </message>
    <message>
        <source>Waiting in P(put) while the holder is stopped</source>
        <translation>Ждут в P(put), пока владелец остановлен</translation>
    </message>
    <message>
        <source>the other 2 producers</source>
        <translation>два других производителя</translation>
    </message>
    <message>
        <source>Work done meanwhile</source>
        <translation>Сделано за это время</translation>
    </message>
    <message>
        <source>nothing sent, CPU under a tenth of the time</source>
        <translation>ничего не отправлено, процессор — меньше десятой доли времени</translation>
    </message>
    <message>
        <source>%1 sent, %2 ms of CPU in %3 ms</source>
        <translation>отправлено: %1, процессор: %2 мс за %3 мс</translation>
    </message>
    <message>
        <source>After SIGCONT</source>
        <translation>После SIGCONT</translation>
    </message>
    <message>
        <source>everyone finishes</source>
        <translation>все завершаются</translation>
    </message>
    <message>
        <source>%1 of %2 finished</source>
        <translation>завершились %1 из %2</translation>
    </message>
    <message>
        <source>Holder stopped: %1 waiting in P(put), %2 sent, %3 ms of CPU; %4 of %5 finished.</source>
        <translation>Владелец остановлен: ждут в P(put): %1, отправлено: %2, процессор: %3 мс; завершились %4 из %5.</translation>
    </message>
    <message>
        <source>A robust mutex: EOWNERDEAD and recovery</source>
        <translation>Робастный мьютекс: EOWNERDEAD и восстановление</translation>
    </message>
    <message>
        <source>Two producers share a ring in shared memory behind a process-shared mutex made robust (PTHREAD_MUTEX_ROBUST). P1 is killed with SIGKILL while it holds the mutex. The kernel hands the mutex to the next locker with EOWNERDEAD; it calls pthread_mutex_consistent() and the run goes on.</source>
        <translation>Два производителя делят кольцо в разделяемой памяти под межпроцессным робастным мьютексом (PTHREAD_MUTEX_ROBUST). P1 убивают сигналом SIGKILL, пока он держит мьютекс. Ядро передаёт мьютекс следующему захватывающему с EOWNERDEAD; тот вызывает pthread_mutex_consistent(), и прогон продолжается.</translation>
    </message>
    <message>
        <source>One EOWNERDEAD, made consistent; P2 and the consumer finish.</source>
        <translation>Один EOWNERDEAD, состояние восстановлено; P2 и потребитель завершаются.</translation>
    </message>
    <message>
        <source>P1 is stopped and continued instead: its owner never dies, so nobody sees EOWNERDEAD.</source>
        <translation>Вместо этого P1 останавливают и продолжают: владелец не умирает, и EOWNERDEAD никто не видит.</translation>
    </message>
    <message>
        <source>P1 is killed while it holds the mutex…</source>
        <translation>P1 убивают, пока он держит мьютекс…</translation>
    </message>
    <message>
        <source>P1 is stopped while it holds the mutex, and continued…</source>
        <translation>P1 останавливают, пока он держит мьютекс, и продолжают…</translation>
    </message>
    <message>
        <source>EOWNERDEAD seen %1 time(s); finished: %2.</source>
        <translation>EOWNERDEAD получен раз: %1; завершились: %2.</translation>
    </message>
    <message>
        <source>The next locker after the holder died</source>
        <translation>Следующий захватывающий после смерти владельца</translation>
    </message>
    <message>
        <source>EOWNERDEAD once, then pthread_mutex_consistent()</source>
        <translation>один EOWNERDEAD, затем pthread_mutex_consistent()</translation>
    </message>
    <message>
        <source>EOWNERDEAD %1 time(s)</source>
        <translation>EOWNERDEAD раз: %1</translation>
    </message>
    <message>
        <source>The run after the recovery</source>
        <translation>Прогон после восстановления</translation>
    </message>
    <message>
        <source>P2 and C1 finish</source>
        <translation>P2 и C1 завершаются</translation>
    </message>
    <message>
        <source>nobody finished</source>
        <translation>никто не завершился</translation>
    </message>
    <message>
        <source>finished: %1</source>
        <translation>завершились: %1</translation>
    </message>
    <message>
        <source>EOWNERDEAD %1 time(s); %2.</source>
        <translation>EOWNERDEAD раз: %1; %2.</translation>
    </message>
    <message>
        <source>the others finished</source>
        <translation>остальные завершились</translation>
    </message>
    <message>
        <source>the others did not finish</source>
        <translation>остальные не завершились</translation>
    </message>
    <message>
        <source>SEM_UNDO: a lock its dead holder gives back</source>
        <translation>SEM_UNDO: блокировку мёртвого владельца возвращает ядро</translation>
    </message>
    <message>
        <source>Two producers share a ring guarded by the System V semaphore put. P1 is killed with SIGKILL while it holds put. Taken with SEM_UNDO, the kernel undoes P1&apos;s P(put) when P1 dies and P2 goes on. Taken without, put stays 0 for ever and P2 sleeps in P(put) until the run is ended.</source>
        <translation>Два производителя делят кольцо, охраняемое семафором System V put. P1 убивают сигналом SIGKILL, пока он держит put. Если put захвачен с SEM_UNDO, при смерти P1 ядро откатывает его P(put), и P2 продолжает. Без него put навсегда остаётся 0, и P2 спит в P(put), пока прогон не прервут.</translation>
    </message>
    <message>
        <source>With SEM_UNDO put is 1 again and P2 finishes; without it put stays 0 with P2 waiting.</source>
        <translation>С SEM_UNDO put снова 1, и P2 завершается; без него put остаётся 0, а P2 ждёт.</translation>
    </message>
    <message>
        <source>P1 is killed between two messages, holding nothing: nothing needs undoing, and P2 finishes either way.</source>
        <translation>P1 убивают между двумя сообщениями, когда он ничего не держит: откатывать нечего, и P2 завершается в обоих случаях.</translation>
    </message>
    <message>
        <source>put taken with SEM_UNDO; P1 killed %1…</source>
        <translation>put захватывается с SEM_UNDO; P1 убит %1…</translation>
    </message>
    <message>
        <source>holding it</source>
        <translation>с захваченным put</translation>
    </message>
    <message>
        <source>between messages</source>
        <translation>между сообщениями</translation>
    </message>
    <message>
        <source>put taken without SEM_UNDO; P1 killed %1…</source>
        <translation>put захватывается без SEM_UNDO; P1 убит %1…</translation>
    </message>
    <message>
        <source>0.3 s later put = %1 with %2 waiting (GETVAL, GETNCNT); P2 %3.</source>
        <translation>Через 0,3 с put = %1, ждут: %2 (GETVAL, GETNCNT); P2 %3.</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>завершился</translation>
    </message>
    <message>
        <source>never finished</source>
        <translation>так и не завершился</translation>
    </message>
    <message>
        <source>put = %1, %2 waiting; P2 %3</source>
        <translation>put = %1, ждут: %2; P2 %3</translation>
    </message>
    <message>
        <source>Holder killed, put taken with SEM_UNDO</source>
        <translation>Владелец убит, put захвачен с SEM_UNDO</translation>
    </message>
    <message>
        <source>the kernel gives put back: 1, nobody waiting; P2 finishes</source>
        <translation>ядро возвращает put: 1, никто не ждёт; P2 завершается</translation>
    </message>
    <message>
        <source>Holder killed, put taken without SEM_UNDO</source>
        <translation>Владелец убит, put захвачен без SEM_UNDO</translation>
    </message>
    <message>
        <source>put stays 0 with P2 waiting; P2 never finishes</source>
        <translation>put остаётся 0, P2 ждёт; P2 так и не завершается</translation>
    </message>
    <message>
        <source>With SEM_UNDO: put = %1, P2 %2. Without: put = %3 with %4 waiting, P2 %5.</source>
        <translation>С SEM_UNDO: put = %1, P2 %2. Без него: put = %3, ждут: %4, P2 %5.</translation>
    </message>
    <message>
        <source>P1: A then B; P2: B then A</source>
        <translation>P1: A, затем B; P2: B, затем A</translation>
    </message>
    <message>
        <source>both: A then B</source>
        <translation>оба: A, затем B</translation>
    </message>
    <message>
        <source>msgsnd: types %1</source>
        <translation>msgsnd: типы %1</translation>
    </message>
    <message>
        <source>msgrcv, msgtyp %1</source>
        <translation>msgrcv, msgtyp %1</translation>
    </message>
    <message>
        <source>whole of read, writes of %1 B</source>
        <translation>целых из прочитанных, записи по %1 Б</translation>
    </message>
    <message>
        <source>torn</source>
        <translation>перемешано</translation>
    </message>
    <message>
        <source>mq_send, priorities %1</source>
        <translation>mq_send, приоритеты %1</translation>
    </message>
    <message>
        <source>mq_receive: the highest priority first</source>
        <translation>mq_receive: сначала высший приоритет</translation>
    </message>
    <message>
        <source>with P and V</source>
        <translation>с P и V</translation>
    </message>
    <message>
        <source>no semaphore, one CPU</source>
        <translation>без семафора, один ЦП</translation>
    </message>
    <message>
        <source>no semaphore, all CPUs</source>
        <translation>без семафора, все ЦП</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>потеряно</translation>
    </message>
    <message>
        <source>sigqueue(SIGRTMIN): a queue</source>
        <translation>sigqueue(SIGRTMIN): очередь</translation>
    </message>
    <message>
        <source>kill(SIGUSR1): one bit</source>
        <translation>kill(SIGUSR1): один бит</translation>
    </message>
    <message>
        <source>receiver</source>
        <translation>получатель</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>слились</translation>
    </message>
    <message>
        <source>sigqueue(SIGRTMIN): arrived of sent</source>
        <translation>sigqueue(SIGRTMIN): дошло из отправленных</translation>
    </message>
    <message>
        <source>kill(SIGUSR1): arrived of sent</source>
        <translation>kill(SIGUSR1): дошло из отправленных</translation>
    </message>
    <message>
        <source>Kernel persistence: objects outlive their processes</source>
        <translation>Живучесть объектов ядра: они переживают свои процессы</translation>
    </message>
    <message>
        <source>A process creates a System V message queue, a System V segment and a POSIX segment, sends three messages, writes into both segments and exits without removing anything. The kernel keeps all three: ipcs still lists the queue with its messages and the segment, /dev/shm the POSIX segment — until someone removes them (ipcrm, i.e. IPC_RMID; shm_unlink). The lesson then removes its own three.</source>
        <translation>Процесс создаёт очередь сообщений System V, сегмент System V и сегмент POSIX, посылает три сообщения, пишет в оба сегмента и завершается, ничего не удалив. Ядро хранит все три объекта: ipcs по-прежнему показывает очередь с её сообщениями и сегмент, а /dev/shm — сегмент POSIX, пока их кто-нибудь не удалит (ipcrm, то есть IPC_RMID; shm_unlink). Затем урок удаляет свои три объекта.</translation>
    </message>
    <message>
        <source>With every process gone: the queue holds its 3 messages, the segment is there with shm_nattch 0, /dev/shm keeps the POSIX segment; after removal none is left.</source>
        <translation>Когда процессов уже нет: в очереди лежат её 3 сообщения, сегмент на месте с shm_nattch 0, в /dev/shm остаётся сегмент POSIX; после удаления не остаётся ничего.</translation>
    </message>
    <message>
        <source>The process removes all three itself before it exits: nothing outlives it.</source>
        <translation>Процесс сам удаляет все три объекта перед завершением: ничто его не переживает.</translation>
    </message>
    <message>
        <source>The process that made the queue exits without removing it. What does ipcs show?</source>
        <translation>Процесс, создавший очередь, завершился, не удалив её. Что покажет ipcs?</translation>
    </message>
    <message>
        <source>Nothing: the queue went with its process</source>
        <translation>Ничего: очередь исчезла вместе с процессом</translation>
    </message>
    <message>
        <source>The queue, with its 3 messages</source>
        <translation>Очередь с её 3 сообщениями</translation>
    </message>
    <message>
        <source>A process makes a queue and two segments, uses them and removes them…</source>
        <translation>Процесс создаёт очередь и два сегмента, пользуется ими и удаляет их…</translation>
    </message>
    <message>
        <source>A process makes a queue and two segments, uses them and exits…</source>
        <translation>Процесс создаёт очередь и два сегмента, пользуется ими и завершается…</translation>
    </message>
    <message>
        <source>after the process</source>
        <translation>после процесса</translation>
    </message>
    <message>
        <source>writer</source>
        <translation>писатель</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>очередь</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>сегмент</translation>
    </message>
    <message>
        <source>The process (pid %1) has exited. Queue %2: %3; segment %4: %5; %6: %7.</source>
        <translation>Процесс (pid %1) завершился. Очередь %2: %3; сегмент %4: %5; %6: %7.</translation>
    </message>
    <message>
        <source>Removing the lesson&apos;s own three: msgctl(%1, IPC_RMID), shmctl(%2, IPC_RMID), shm_unlink(&quot;%3&quot;) — as ipcrm -q %1 -m %2 and rm /dev/shm%3 do…</source>
        <translation>Урок удаляет свои три объекта: msgctl(%1, IPC_RMID), shmctl(%2, IPC_RMID), shm_unlink(&quot;%3&quot;) — то же делают ipcrm -q %1 -m %2 и rm /dev/shm%3…</translation>
    </message>
    <message>
        <source>Nothing to remove: the process removed its objects itself.</source>
        <translation>Удалять нечего: процесс удалил свои объекты сам.</translation>
    </message>
    <message>
        <source>The System V queue, every process gone</source>
        <translation>Очередь System V, когда процессов нет</translation>
    </message>
    <message>
        <source>still there, holding the %1 messages</source>
        <translation>на месте, в ней %1 сообщения</translation>
    </message>
    <message>
        <source>The System V segment, every process gone</source>
        <translation>Сегмент System V, когда процессов нет</translation>
    </message>
    <message>
        <source>still there, shm_nattch 0</source>
        <translation>на месте, shm_nattch 0</translation>
    </message>
    <message>
        <source>Listed by ipcs as left over (creator and last user gone)</source>
        <translation>В ipcs как брошенные (нет ни создателя, ни последнего пользователя)</translation>
    </message>
    <message>
        <source>both</source>
        <translation>оба</translation>
    </message>
    <message>
        <source>The POSIX segment, every process gone</source>
        <translation>Сегмент POSIX, когда процессов нет</translation>
    </message>
    <message>
        <source>still in /dev/shm</source>
        <translation>по-прежнему в /dev/shm</translation>
    </message>
    <message>
        <source>After IPC_RMID and shm_unlink</source>
        <translation>После IPC_RMID и shm_unlink</translation>
    </message>
    <message>
        <source>none of the three left</source>
        <translation>не осталось ни одного из трёх</translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>остался %n</numerusform>
            <numerusform>осталось %n</numerusform>
            <numerusform>осталось %n</numerusform>
        </translation>
    </message>
    <message>
        <source>After the process exited: queue %1; segment %2; POSIX segment %3. After removal: %4.</source>
        <translation>После завершения процесса: очередь — %1; сегмент — %2; сегмент POSIX — %3. После удаления: %4.</translation>
    </message>
    <message>
        <source>nothing left</source>
        <translation>ничего не осталось</translation>
    </message>
    <message>
        <source>something left</source>
        <translation>что-то осталось</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>нет</translation>
    </message>
    <message numerus="yes">
        <source>there, %n message(s) (msg_qnum)</source>
        <translation>
            <numerusform>на месте, %n сообщение (msg_qnum)</numerusform>
            <numerusform>на месте, %n сообщения (msg_qnum)</numerusform>
            <numerusform>на месте, %n сообщений (msg_qnum)</numerusform>
        </translation>
    </message>
    <message>
        <source>there, shm_nattch %1</source>
        <translation>на месте, shm_nattch %1</translation>
    </message>
    <message>
        <source>there, %1</source>
        <translation>на месте, %1</translation>
    </message>
    <message>
        <source>End of file: a write end forgotten in the reader</source>
        <translation>Конец файла: забытый в читателе конец для записи</translation>
    </message>
    <message>
        <source>read() on a pipe returns 0 — end of file — only when no write end is open in any process. The writer forks the reader, writes three lines and closes its write end. The reader forgot to close its own copy of the write end, so it is a writer too: its read() sleeps on, waiting for itself. Once it closes that copy, read() returns 0 at once.</source>
        <translation>read() из канала возвращает 0 — конец файла — только когда конец для записи не открыт ни в одном процессе. Писатель порождает читателя (fork), пишет три строки и закрывает свой конец для записи. Читатель забыл закрыть свою копию конца для записи, поэтому он тоже писатель: его read() спит дальше, ожидая самого себя. Как только он закрывает эту копию, read() сразу возвращает 0.</translation>
    </message>
    <message>
        <source>After the writer closes: the reader still asleep in read() for all %1 ms, one write end open — its own; after it closes that end: end of file.</source>
        <translation>После закрытия у писателя: читатель все %1 мс спит в read(), открыт один конец для записи — его собственный; когда он его закрывает — конец файла.</translation>
    </message>
    <message>
        <source>The reader closes its copy of the write end first, as it should: end of file comes as soon as the writer closes.</source>
        <translation>Читатель, как и положено, сначала закрывает свою копию конца для записи: конец файла приходит, как только закрывает свой конец писатель.</translation>
    </message>
    <message>
        <source>The writer has closed its end. What does the reader&apos;s read() do?</source>
        <translation>Писатель закрыл свой конец. Что делает read() читателя?</translation>
    </message>
    <message>
        <source>Returns 0: end of file</source>
        <translation>Возвращает 0: конец файла</translation>
    </message>
    <message>
        <source>Sleeps on: the reader still holds a write end</source>
        <translation>Спит дальше: у читателя остался конец для записи</translation>
    </message>
    <message>
        <source>The reader closes its copy of the write end, then reads to the end…</source>
        <translation>Читатель закрывает свою копию конца для записи и читает до конца…</translation>
    </message>
    <message>
        <source>The reader keeps its copy of the write end and reads to the end…</source>
        <translation>Читатель оставляет свою копию конца для записи открытой и читает до конца…</translation>
    </message>
    <message>
        <source>the reader&apos;s read()</source>
        <translation>read() читателя</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>читатель</translation>
    </message>
    <message>
        <source>The writer wrote %1 bytes and closed its write end. The reader is watched for %2 ms…</source>
        <translation>Писатель записал %1 байт и закрыл свой конец для записи. Наблюдаем за читателем %2 мс…</translation>
    </message>
    <message>
        <source>The reader&apos;s read() returned 0 before %1 ms had passed.</source>
        <translation>read() читателя вернул 0 раньше, чем прошло %1 мс.</translation>
    </message>
    <message numerus="yes">
        <source>After %1 ms the reader is still asleep in read() (wchan %2), holding %n write end(s) of its own. It closes it now (SIGUSR1, whose handler calls close(fd[1]))…</source>
        <translation>
            <numerusform>Через %1 мс читатель всё ещё спит в read() (wchan %2), у него самого открыт %n конец для записи. Теперь он его закрывает (SIGUSR1, обработчик которого вызывает close(fd[1]))…</numerusform>
            <numerusform>Через %1 мс читатель всё ещё спит в read() (wchan %2), у него самого открыто %n конца для записи. Теперь он их закрывает (SIGUSR1, обработчик которого вызывает close(fd[1]))…</numerusform>
            <numerusform>Через %1 мс читатель всё ещё спит в read() (wchan %2), у него самого открыто %n концов для записи. Теперь он их закрывает (SIGUSR1, обработчик которого вызывает close(fd[1]))…</numerusform>
        </translation>
    </message>
    <message>
        <source>read() returned 0: end of file, after %1 bytes.</source>
        <translation>read() вернул 0: конец файла, прочитано байт: %1.</translation>
    </message>
    <message>
        <source>The reader never saw end of file (%1).</source>
        <translation>Читатель так и не увидел конца файла (%1).</translation>
    </message>
    <message>
        <source>returned 0 within %1 ms</source>
        <translation>вернул 0 в пределах %1 мс</translation>
    </message>
    <message>
        <source>asleep in read() in %1 of %2 looks over %3 ms</source>
        <translation>спит в read() при %1 из %2 проверок за %3 мс</translation>
    </message>
    <message>
        <source>The reader&apos;s read(), once the writer closed (watched %1 ms)</source>
        <translation>read() читателя после закрытия у писателя (наблюдение %1 мс)</translation>
    </message>
    <message>
        <source>asleep in read() the whole time</source>
        <translation>всё время спит в read()</translation>
    </message>
    <message>
        <source>Write ends still open</source>
        <translation>Открытые концы для записи</translation>
    </message>
    <message>
        <source>1, in the reader; none in the writer</source>
        <translation>1 у читателя; у писателя ни одного</translation>
    </message>
    <message>
        <source>%1 in the reader, %2 in the writer</source>
        <translation>у читателя: %1, у писателя: %2</translation>
    </message>
    <message>
        <source>When the reader&apos;s copy is closed</source>
        <translation>Когда копия читателя закрыта</translation>
    </message>
    <message>
        <source>read() returns 0 after all %1 bytes</source>
        <translation>read() возвращает 0 после всех %1 байт</translation>
    </message>
    <message>
        <source>end of file after %1 bytes</source>
        <translation>конец файла после %1 байт</translation>
    </message>
    <message>
        <source>no end of file</source>
        <translation>конца файла нет</translation>
    </message>
    <message>
        <source>End of file came as soon as the writer closed: no write end was left open.</source>
        <translation>Конец файла пришёл сразу после закрытия у писателя: открытых концов для записи не осталось.</translation>
    </message>
    <message>
        <source>The reader slept in read() for %1 ms after the writer closed, held there by its own write end; closing it gave %2.</source>
        <translation>После закрытия у писателя читатель %1 мс спал в read(), удерживаемый собственным концом для записи; его закрытие дало %2.</translation>
    </message>
    <message>
        <source>end of file</source>
        <translation>конец файла</translation>
    </message>
    <message>
        <source>the signal workers did not start</source>
        <translation>процессы, посылающие и принимающие сигналы, не запустились</translation>
    </message>
    <message>
        <source>P1 killed holding the robust mutex: the next locker gets EOWNERDEAD and makes it consistent</source>
        <translation>P1 убит, пока держал робастный мьютекс: следующий захвативший получает EOWNERDEAD и приводит его в согласованное состояние</translation>
    </message>
    <message>
        <source>P1 stopped holding the mutex, then continued: its owner never dies</source>
        <translation>P1 остановлен, пока держал мьютекс, затем продолжен: владелец не умирает</translation>
    </message>
    <message>
        <source>EOWNERDEAD, then pthread_mutex_consistent()</source>
        <translation>EOWNERDEAD, затем pthread_mutex_consistent()</translation>
    </message>
    <message>
        <source>not seen</source>
        <translation>не получено</translation>
    </message>
    <message>
        <source>the lesson worker %1 did not reach its start line</source>
        <translation>процесс урока %1 не дошёл до стартовой черты</translation>
    </message>
    <message>
        <source>one segment, two processes</source>
        <translation>один сегмент, два процесса</translation>
    </message>
    <message>
        <source>three writes, then the reader</source>
        <translation>три записи, затем читатель</translation>
    </message>
    <message>
        <source>the waiter&apos;s blocking calls</source>
        <translation>блокирующие вызовы ожидающего</translation>
    </message>
    <message>
        <source>waiter</source>
        <translation>ожидающий</translation>
    </message>
    <message>
        <source>one key, and IPC_PRIVATE twice</source>
        <translation>один ключ и дважды IPC_PRIVATE</translation>
    </message>
    <message>
        <source>At the moment the pipe was full</source>
        <translation>В момент, когда канал был полон</translation>
    </message>
    <message>
        <source>%1 — ended since: %2</source>
        <translation>%1 — с тех пор завершились: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>writes of %1 B; records in the order read</source>
        <translation>записи по %1 Б; сообщения в порядке прочтения</translation>
    </message>
    <message>
        <source>The full queue, in the order C1 then took it</source>
        <translation>Полная очередь в порядке, в котором её затем прочитал C1</translation>
    </message>
    <message>
        <source>At the moment of the cycle</source>
        <translation>В момент цикла</translation>
    </message>
    <message>
        <source>At the moment all were queued</source>
        <translation>В момент, когда в очереди были все</translation>
    </message>
    <message>
        <source>At the moment the process had exited</source>
        <translation>В момент, когда процесс уже завершился</translation>
    </message>
    <message>
        <source>At the moment the reader slept in read()</source>
        <translation>В момент, когда читатель спал в read()</translation>
    </message>
    <message>
        <source>The records read are not drawn: the reader published events for %1 of the %2 it read (at speed a worker leaves some out).</source>
        <translation>Прочитанные сообщения не показаны: читатель опубликовал события для %1 из %2 прочитанных (на большой скорости процесс пропускает часть событий).</translation>
    </message>
    <message>
        <source>writes of %1 B; records not drawn: the reader published events for %2 of the %3 it read</source>
        <translation>записи по %1 Б; сообщения не показаны: читатель опубликовал события для %2 из %3 прочитанных</translation>
    </message>
    <message>
        <source>The waiter asleep in semop() with SA_RESTART; no signal comes</source>
        <translation>Ожидающий спит в semop() с SA_RESTART; сигнал не придёт</translation>
    </message>
    <message>
        <source>The waiter asleep in semop() with SA_RESTART, before SIGALRM</source>
        <translation>Ожидающий спит в semop() с SA_RESTART, до SIGALRM</translation>
    </message>
    <message>
        <source>made with this key</source>
        <translation>создана с этим ключом</translation>
    </message>
    <message>
        <source>IPC_PRIVATE, the first</source>
        <translation>IPC_PRIVATE, первая</translation>
    </message>
    <message>
        <source>IPC_PRIVATE, the second</source>
        <translation>IPC_PRIVATE, вторая</translation>
    </message>
    <message>
        <source>the first run&apos;s set: the fix too</source>
        <translation>набор первого прогона: тоже исправление</translation>
    </message>
    <message>
        <source>the lecture&apos;s set: SETVAL in each</source>
        <translation>набор лекции: SETVAL в каждом</translation>
    </message>
    <message>
        <source>the fix&apos;s set: IPC_EXCL</source>
        <translation>набор исправления: IPC_EXCL</translation>
    </message>
    <message>
        <source>At the moment both were attached</source>
        <translation>Когда оба были подключены</translation>
    </message>
    <message>
        <source>At the moment the three writes were queued</source>
        <translation>Когда три записи были в очереди</translation>
    </message>
    <message>
        <source>At the moment P2 slept on put, its holder dead</source>
        <translation>Когда P2 спал на put, а его владелец был мёртв</translation>
    </message>
    <message>
        <source>The kernel never showed P2 asleep on put with its holder dead: no picture of it is kept.</source>
        <translation>Ядро так и не показало P2 спящим на put при мёртвом владельце: снимок этого момента не сохранён.</translation>
    </message>
    <message>
        <source>P2 never seen asleep on put with its holder dead; %1</source>
        <translation>P2 ни разу не застали спящим на put при мёртвом владельце; %1</translation>
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
    <message>
        <source>Lessons &amp;panel</source>
        <translation>&amp;Панель уроков</translation>
    </message>
    <message>
        <source>Show the Lessons panel: each lesson with what it shows and what it measured</source>
        <translation>Показать панель уроков: что показывает каждый урок и что он измерил</translation>
    </message>
    <message>
        <source>Legend of the scene</source>
        <translation>Условные обозначения сцены</translation>
    </message>
    <message>
        <source>What the shapes, outlines and colours of the scene mean (F1; Esc closes)</source>
        <translation>Что означают фигуры, рамки и цвета сцены (F1; Esc — закрыть)</translation>
    </message>
    <message>
        <source>Open &amp;recording…</source>
        <translation>Открыть &amp;запись…</translation>
    </message>
    <message>
        <source>Replay a recorded run, without starting a process</source>
        <translation>Воспроизвести записанный прогон, не запуская ни одного процесса</translation>
    </message>
    <message>
        <source>Save re&amp;cording…</source>
        <translation>Сохранить за&amp;пись…</translation>
    </message>
    <message>
        <source>Look &amp;back</source>
        <translation>&amp;Отмотать назад</translation>
    </message>
    <message>
        <source>Replay the live run so far over it and drag into the past; Follow returns to the live run (F9)</source>
        <translation>Показать записанное в идущем прогоне и отмотать в прошлое; «К прогону» возвращает к нему (F9)</translation>
    </message>
    <message>
        <source>Save the last run or lesson as it was recorded: its scenes, series, events and result</source>
        <translation>Сохранить последний прогон или урок так, как он записан: сцены, графики, события и результат</translation>
    </message>
</context>
<context>
    <name>MeasureArbiter</name>
    <message>
        <source>%1; start when it is done</source>
        <translation>%1; запускайте, когда закончится</translation>
    </message>
    <message>
        <source>A run is measuring</source>
        <translation>Идёт запуск</translation>
    </message>
    <message>
        <source>A lesson is measuring</source>
        <translation>Идёт урок</translation>
    </message>
    <message>
        <source>A comparison is measuring</source>
        <translation>Идёт сравнение</translation>
    </message>
    <message>
        <source>Side by side is measuring</source>
        <translation>Идёт сравнение бок о бок</translation>
    </message>
</context>
<context>
    <name>PaceControl</name>
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
</context>
<context>
    <name>ProgressWatch</name>
    <message>
        <source>%1 (pid %2) is stopped (state %3)</source>
        <translation>%1 (pid %2) остановлен (состояние %3)</translation>
    </message>
    <message>
        <source>%1 made no progress for %2 s (%3)</source>
        <translation>%1 не продвинулся за %2 с (%3)</translation>
    </message>
    <message>
        <source>asleep in %1</source>
        <translation>спит в %1</translation>
    </message>
</context>
<context>
    <name>RateTicker</name>
    <message>
        <source>%1G</source>
        <translation>%1G</translation>
    </message>
    <message>
        <source>%1M</source>
        <translation>%1M</translation>
    </message>
    <message>
        <source>%1k</source>
        <translation>%1k</translation>
    </message>
</context>
<context>
    <name>ReplayController</name>
    <message>
        <source>The recording is damaged at %1 s</source>
        <translation>Запись повреждена на %1 с</translation>
    </message>
</context>
<context>
    <name>RingItem</name>
    <message>
        <source>first %1 of %2 slots</source>
        <translation>первые %1 из %2 ячеек</translation>
    </message>
</context>
<context>
    <name>RunRules</name>
    <message>
        <source>%1 exited with status %2</source>
        <translation>%1 завершился с кодом %2</translation>
    </message>
    <message>
        <source>%1 killed by %2 (injected)</source>
        <comment>C1 killed by SIGKILL</comment>
        <translation>%1 убит сигналом %2 (внесённый сбой)</translation>
    </message>
    <message>
        <source>%1 killed by %2</source>
        <comment>P1 killed by SIGPIPE</comment>
        <translation>%1 убит сигналом %2</translation>
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
    <message>
        <source>sem_undo applies to a System V semaphore set&apos;s locks, and %1 has none</source>
        <translation>sem_undo относится к блокировкам набора семафоров System V, а у %1 его нет</translation>
    </message>
    <message>
        <source>the fault script is longer than %1 characters</source>
        <translation>сценарий сбоев длиннее %1 символов</translation>
    </message>
    <message>
        <source>&apos;sched&apos; must be &quot;batch&quot; or &quot;normal&quot;</source>
        <translation>&apos;sched&apos; должно быть &quot;batch&quot; или &quot;normal&quot;</translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <source>Producers</source>
        <translation>Отправители</translation>
    </message>
    <message>
        <source>Consumers</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>Message size</source>
        <translation>Размер</translation>
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
        <translation>Текст</translation>
    </message>
    <message>
        <source>Ring slots</source>
        <translation>Ячейки</translation>
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
    <name>Scene</name>
    <message>
        <source>between calls</source>
        <translation>между вызовами</translation>
    </message>
    <message>
        <source>holding a lock</source>
        <translation>держит мьютекс</translation>
    </message>
    <message>
        <source>starting or ending</source>
        <translation>запуск или выход</translation>
    </message>
    <message>
        <source>paced</source>
        <translation>темп</translation>
    </message>
</context>
<context>
    <name>ScenePreview</name>
    <message>
        <source>not started</source>
        <translation>не запущен</translation>
    </message>
</context>
<context>
    <name>SceneText</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a share of time: where, how much</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 message(s)</source>
        <translation>
            <numerusform>%1 сообщение</numerusform>
            <numerusform>%1 сообщения</numerusform>
            <numerusform>%1 сообщений</numerusform>
        </translation>
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
        <source>pid %1</source>
        <translation>pid %1</translation>
    </message>
    <message>
        <source>waiters not sampled</source>
        <translation>ожидающие не измерены</translation>
    </message>
    <message>
        <source>mean waiters %1</source>
        <translation>в среднем ждут %1</translation>
    </message>
    <message>
        <source>nobody waits</source>
        <translation>никто не ждёт</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>ждут: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>ждёт %n</numerusform>
            <numerusform>ждут %n</numerusform>
            <numerusform>ждут %n</numerusform>
        </translation>
    </message>
    <message>
        <source>free</source>
        <translation>свободен</translation>
    </message>
    <message>
        <source>held</source>
        <translation>захвачен</translation>
    </message>
    <message>
        <source>held by %1</source>
        <translation>захвачен %1</translation>
    </message>
    <message>
        <source>last: %1</source>
        <comment>a semaphore&apos;s last semop, by whom: &apos;last: P1 (pid 4242)&apos;</comment>
        <translation>последний: %1</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <comment>P1 (pid 4242)</comment>
        <translation>%1 (pid %2)</translation>
    </message>
    <message numerus="yes">
        <source>mean fill %1 of %n slot(s)</source>
        <translation>
            <numerusform>в среднем занято %1 из %n ячейки</numerusform>
            <numerusform>в среднем занято %1 из %n ячеек</numerusform>
            <numerusform>в среднем занято %1 из %n ячеек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n slot(s) filled</source>
        <translation>
            <numerusform>занято %1 из %n ячейки</numerusform>
            <numerusform>занято %1 из %n ячеек</numerusform>
            <numerusform>занято %1 из %n ячеек</numerusform>
        </translation>
    </message>
    <message>
        <source>head %1</source>
        <translation>head %1</translation>
    </message>
    <message>
        <source>tail %1</source>
        <translation>tail %1</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>ключ %1</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>сегмент</translation>
    </message>
    <message>
        <source>queue in /dev/mqueue</source>
        <translation>очередь в /dev/mqueue</translation>
    </message>
    <message>
        <source>socket files</source>
        <translation>файлы сокетов</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>порт %1</translation>
    </message>
    <message>
        <source>pipe: fd 3 in each</source>
        <translation>канал: fd 3 у каждого</translation>
    </message>
    <message>
        <source>shared memory</source>
        <translation>общая память</translation>
    </message>
    <message>
        <source>message queue</source>
        <translation>очередь сообщений</translation>
    </message>
    <message>
        <source>segment key %1</source>
        <translation>сегмент, ключ %1</translation>
    </message>
    <message>
        <source>segment key %1 · shmid %2</source>
        <translation>сегмент, ключ %1 · shmid %2</translation>
    </message>
    <message>
        <source>segment /dev/shm%1</source>
        <translation>сегмент /dev/shm%1</translation>
    </message>
    <message>
        <source>queue key %1</source>
        <translation>очередь, ключ %1</translation>
    </message>
    <message>
        <source>queue key %1 · msqid %2</source>
        <translation>очередь, ключ %1 · msqid %2</translation>
    </message>
    <message>
        <source>queue /dev/mqueue%1</source>
        <translation>очередь /dev/mqueue%1</translation>
    </message>
    <message>
        <source>FIFO %1</source>
        <translation>FIFO %1</translation>
    </message>
    <message>
        <source>socket %1/dgram.sock</source>
        <translation>сокет %1/dgram.sock</translation>
    </message>
    <message>
        <source>sockets in %1</source>
        <translation>сокеты в %1</translation>
    </message>
    <message>
        <source>connections to 127.0.0.1:%1</source>
        <translation>соединения с 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>socket 127.0.0.1:%1</source>
        <translation>сокет 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>SIGUSR1 pending on pid %1</source>
        <translation>SIGUSR1, ожидающий у процесса %1</translation>
    </message>
    <message>
        <source>SIGRTMIN queue of pid %1</source>
        <translation>очередь SIGRTMIN процесса %1</translation>
    </message>
    <message>
        <source>pipe: each worker inherits one end as fd 3</source>
        <translation>канал: каждый процесс наследует один конец как fd 3</translation>
    </message>
    <message>
        <source>a shared memory segment, made at Start</source>
        <translation>сегмент разделяемой памяти, создаётся при запуске</translation>
    </message>
    <message>
        <source>a message queue, made at Start</source>
        <translation>очередь сообщений, создаётся при запуске</translation>
    </message>
    <message>
        <source>a socket, made at Start</source>
        <translation>сокет, создаётся при запуске</translation>
    </message>
    <message>
        <source>signals pending on the consumer</source>
        <translation>сигналы, ожидающие у потребителя</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting (msg_qnum)</source>
        <translation>
            <numerusform>ждёт %n сообщение (msg_qnum)</numerusform>
            <numerusform>ждут %n сообщения (msg_qnum)</numerusform>
            <numerusform>ждут %n сообщений (msg_qnum)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 message(s) waiting (mq_curmsgs)</source>
        <translation>
            <numerusform>ждёт %n сообщение из %1 (mq_curmsgs)</numerusform>
            <numerusform>ждут %n сообщения из %1 (mq_curmsgs)</numerusform>
            <numerusform>ждут %n сообщений из %1 (mq_curmsgs)</numerusform>
        </translation>
    </message>
    <message>
        <source>sent %1 · received %2</source>
        <translation>отправлено %1 · получено %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 datagram(s) dropped by the kernel</source>
        <translation>
            <numerusform>ядро отбросило %1 датаграмму</numerusform>
            <numerusform>ядро отбросило %1 датаграммы</numerusform>
            <numerusform>ядро отбросило %1 датаграмм</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 waiting</source>
        <translation>ждут %1 из %2</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>ждут %1</translation>
    </message>
    <message>
        <source>one of them: ipcscope&apos;s view</source>
        <translation>из них один — просмотр ipcscope</translation>
    </message>
    <message>
        <source>shm_nattch %1</source>
        <translation>shm_nattch %1</translation>
    </message>
    <message>
        <source>created by %1 · last shmat/shmdt: %2</source>
        <comment>by P1 (pid 4242), ipcscope (pid 4200) or pid 4100</comment>
        <translation>создан: %1 · последний shmat/shmdt: %2</translation>
    </message>
    <message>
        <source>%1 in /dev/shm</source>
        <translation>%1 в /dev/shm</translation>
    </message>
    <message>
        <source>no lock: head and tail are written by whoever comes</source>
        <translation>без блокировки: head и tail пишет кто успеет</translation>
    </message>
    <message>
        <source>msg_cbytes %1 of msg_qbytes %2</source>
        <translation>msg_cbytes %1 из msg_qbytes %2</translation>
    </message>
    <message>
        <source>last msgsnd: %1 · last msgrcv: %2</source>
        <translation>последний msgsnd: %1 · последний msgrcv: %2</translation>
    </message>
    <message>
        <source>mq_msgsize %1</source>
        <translation>mq_msgsize %1</translation>
    </message>
    <message>
        <source>producer Pn sends with priority n: the highest is received first</source>
        <translation>производитель Pn шлёт с приоритетом n: первым получают высший</translation>
    </message>
    <message>
        <source>SigQ %1 of %2 (signals queued for this user)</source>
        <translation>SigQ %1 из %2 (сигналов в очереди у этого пользователя)</translation>
    </message>
    <message>
        <source>rx_queue %1 (/proc/net/udp)</source>
        <translation>rx_queue %1 (/proc/net/udp)</translation>
    </message>
    <message>
        <source>rx_queue %1 · tx_queue %2 (/proc/net/tcp)</source>
        <translation>rx_queue %1 · tx_queue %2 (/proc/net/tcp)</translation>
    </message>
    <message>
        <source>FIONREAD; the capacity from F_GETPIPE_SZ</source>
        <translation>FIONREAD; ёмкость из F_GETPIPE_SZ</translation>
    </message>
    <message>
        <source>FIONREAD, as the readers see it</source>
        <translation>FIONREAD, как видят читатели</translation>
    </message>
    <message>
        <source>removed — last values</source>
        <translation>удалён — последние значения</translation>
    </message>
    <message>
        <source>finished: the objects are removed, these are their last values</source>
        <translation>завершено: объекты удалены, это их последние значения</translation>
    </message>
    <message>
        <source>stopped: the objects are removed, these are their last values</source>
        <translation>остановлено: объекты удалены, это их последние значения</translation>
    </message>
    <message>
        <source>failed: the objects are removed, these are their last values</source>
        <translation>сбой: объекты удалены, это их последние значения</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>запускается</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>не запущен</translation>
    </message>
    <message>
        <source>exact: every process is at rest</source>
        <translation>точно: все процессы стоят</translation>
    </message>
    <message>
        <source>moving: shares of time and means since the last sample</source>
        <translation>в движении: доли времени и средние с прошлого замера</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 sent, %2 received; the objects are removed</source>
        <translation>отправлено %1, получено %2; объекты удалены</translation>
    </message>
    <message>
        <source>%1 sent, %2 received</source>
        <translation>отправлено %1, получено %2</translation>
    </message>
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
        <source>%1 per message</source>
        <translation>%1 на сообщение</translation>
    </message>
    <message>
        <source>one call every %1</source>
        <translation>один вызов каждые %1</translation>
    </message>
    <message>
        <source>%1 per producer</source>
        <translation>%1 на производителя</translation>
    </message>
    <message>
        <source>no rate limit</source>
        <translation>без ограничения скорости</translation>
    </message>
    <message>
        <source>copying into the slot</source>
        <translation>копирует в ячейку</translation>
    </message>
    <message>
        <source>copying out of the slot</source>
        <translation>копирует из ячейки</translation>
    </message>
    <message>
        <source>moving head</source>
        <translation>сдвигает head</translation>
    </message>
    <message>
        <source>moving tail</source>
        <translation>сдвигает tail</translation>
    </message>
    <message>
        <source>killed</source>
        <translation>убит</translation>
    </message>
    <message>
        <source>killed by %1</source>
        <translation>убит (%1)</translation>
    </message>
    <message>
        <source>exited with status %1</source>
        <translation>завершился с кодом %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>сбой</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>сбой: %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>завершён</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>готов</translation>
    </message>
    <message>
        <source>running</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <source>waiting for its next send (rate)</source>
        <translation>ждёт следующей отправки (темп)</translation>
    </message>
    <message>
        <source>in a call</source>
        <translation>в вызове</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>в %1</translation>
    </message>
    <message>
        <source>blocked in the kernel</source>
        <translation>заблокирован в ядре</translation>
    </message>
    <message>
        <source>blocked in %1</source>
        <translation>заблокирован (%1)</translation>
    </message>
    <message>
        <source>blocked in %1: %2</source>
        <translation>заблокирован (%1: %2)</translation>
    </message>
    <message>
        <source>in its critical section</source>
        <translation>в критической секции</translation>
    </message>
    <message>
        <source>in critical section (%1)</source>
        <translation>в критической секции (%1)</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>на паузе</translation>
    </message>
    <message>
        <source>paused before %1</source>
        <translation>на паузе (далее %1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 increment(s)</source>
        <translation>
            <numerusform>%1 приращение</numerusform>
            <numerusform>%1 приращения</numerusform>
            <numerusform>%1 приращений</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>stopped (SIGSTOP) in P(put)</comment>
        <translation>%1 в %2</translation>
    </message>
    <message>
        <source>%1 holding %2</source>
        <comment>stopped (SIGSTOP) holding put</comment>
        <translation>%1, держит %2</translation>
    </message>
    <message>
        <source>stopped (SIGSTOP)</source>
        <translation>остановлен (SIGSTOP)</translation>
    </message>
    <message>
        <source>%1 (sampled)</source>
        <comment>a reading of one instant at full speed</comment>
        <translation>%1 (выборка)</translation>
    </message>
    <message>
        <source>exact between calls</source>
        <translation>точно между вызовами</translation>
    </message>
    <message>
        <source>sampled</source>
        <translation>выборка</translation>
    </message>
    <message>
        <source>≈%1</source>
        <comment>a semaphore&apos;s value sampled at one instant, at full speed</comment>
        <translation>≈%1</translation>
    </message>
    <message>
        <source>blocked</source>
        <comment>a worker, in a narrow card</comment>
        <translation>ждёт</translation>
    </message>
    <message>
        <source>blocked: %1</source>
        <comment>a worker in an operation, in a narrow card</comment>
        <translation>ждёт: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting</source>
        <translation>
            <numerusform>ждёт %n сообщение</numerusform>
            <numerusform>ждут %n сообщения</numerusform>
            <numerusform>ждут %n сообщений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 message(s) waiting</source>
        <translation>
            <numerusform>ждёт %n сообщение из %1</numerusform>
            <numerusform>ждут %n сообщения из %1</numerusform>
            <numerusform>ждут %n сообщений из %1</numerusform>
        </translation>
    </message>
    <message>
        <source>waiters, mean %1</source>
        <comment>a semaphore at speed, in a narrow card</comment>
        <translation>ждут в ср. %1</translation>
    </message>
    <message>
        <source>%1/%2 filled</source>
        <comment>slots of a ring, in a narrow object</comment>
        <translation>занято %1/%2</translation>
    </message>
    <message>
        <source>waiters: no sample yet</source>
        <comment>a semaphore at speed before its first sample, in a narrow card</comment>
        <translation>ждут: нет замера</translation>
    </message>
    <message>
        <source>starting</source>
        <comment>a worker, in a narrow card</comment>
        <translation>запуск</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>an object or semaphore after the run, where &apos;removed — last values&apos; would be cut</comment>
        <translation>удалён</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>канал</translation>
    </message>
    <message>
        <source>socket</source>
        <translation>сокет</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>очередь</translation>
    </message>
    <message>
        <source>ended by ipcscope</source>
        <translation>завершён ipcscope</translation>
    </message>
    <message>
        <source>held by ipcscope</source>
        <translation>удерживается ipcscope</translation>
    </message>
    <message>
        <source>by %1</source>
        <comment>a lock held by P1, in a narrow card</comment>
        <translation>у %1</translation>
    </message>
</context>
<context>
    <name>SemaphoreItem</name>
    <message>
        <source>%1 by %2</source>
        <translation>%2 выполнил %1</translation>
    </message>
</context>
<context>
    <name>SendFloor</name>
    <message numerus="yes">
        <source>%n value(s) from shared memory ignored</source>
        <translation>
            <numerusform>%n значение из разделяемой памяти отброшено</numerusform>
            <numerusform>%n значения из разделяемой памяти отброшены</numerusform>
            <numerusform>%n значений из разделяемой памяти отброшено</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>ipcscope-worker was not found beside %1, in %2 or on PATH</source>
        <translation>ipcscope-worker не найден ни рядом с %1, ни в %2, ни в PATH</translation>
    </message>
</context>
<context>
    <name>SideBySidePlan</name>
    <message>
        <source>side by side takes %1 to %2 mechanisms, not %3</source>
        <translation>для сравнения бок о бок нужно от %1 до %2 механизмов, а не %3</translation>
    </message>
    <message>
        <source>each mechanism may appear once</source>
        <translation>каждый механизм можно указать только один раз</translation>
    </message>
    <message>
        <source>the running time must be 0 (until stopped) to %1 s</source>
        <translation>время работы должно быть от 0 (до остановки) до %1 с</translation>
    </message>
    <message>
        <source>a turn must last %1 to %2 ms</source>
        <translation>очередь должна длиться от %1 до %2 мс</translation>
    </message>
    <message>
        <source>a stepped pace must be one call every 0 to %1 s</source>
        <translation>шаговый темп — один вызов раз в 0–%1 с</translation>
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
    <name>StageObjectItem</name>
    <message>
        <source>message queue</source>
        <translation>очередь сообщений</translation>
    </message>
    <message>
        <source>shared memory segment</source>
        <translation>сегмент разделяемой памяти</translation>
    </message>
    <message>
        <source>pending signals</source>
        <translation>ожидающие сигналы</translation>
    </message>
    <message>
        <source>semaphore set</source>
        <translation>набор семафоров</translation>
    </message>
    <message>
        <source>next</source>
        <translation>следующее</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>torn</source>
        <translation>рваное</translation>
    </message>
    <message>
        <source> · key 0x%1</source>
        <translation> · ключ 0x%1</translation>
    </message>
    <message>
        <source> · id %1</source>
        <translation> · id %1</translation>
    </message>
    <message>
        <source>IPC_RMID: marked</source>
        <translation>IPC_RMID: помечен</translation>
    </message>
    <message>
        <source>gone at the last shmdt</source>
        <translation>исчезнет при последнем shmdt</translation>
    </message>
    <message>
        <source>one of them: ipcscope&apos;s view</source>
        <translation>из них один — просмотр ipcscope</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>канал</translation>
    </message>
    <message>
        <source>socket</source>
        <translation>сокет</translation>
    </message>
    <message>
        <source>size %1</source>
        <translation>размер %1</translation>
    </message>
    <message numerus="yes">
        <source>%n write end(s) open</source>
        <translation>
            <numerusform>%n пишущий конец открыт</numerusform>
            <numerusform>%n пишущих конца открыты</numerusform>
            <numerusform>%n пишущих концов открыто</numerusform>
        </translation>
    </message>
    <message>
        <source>filled: %1</source>
        <translation>заполнено: %1</translation>
    </message>
    <message>
        <source>slots in the ring: %1</source>
        <translation>ячеек в кольце: %1</translation>
    </message>
</context>
<context>
    <name>TimeTicker</name>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <source>starting</source>
        <translation>запускается</translation>
    </message>
    <message>
        <source>between calls</source>
        <translation>между вызовами</translation>
    </message>
    <message>
        <source>in a call</source>
        <translation>в вызове</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>заблокирован</translation>
    </message>
    <message>
        <source>holding a lock</source>
        <translation>держит мьютекс</translation>
    </message>
    <message>
        <source>held</source>
        <translation>на паузе</translation>
    </message>
    <message>
        <source>paced</source>
        <translation>ждёт темпа</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>завершился</translation>
    </message>
    <message>
        <source>thin: the state as a sample caught it at speed; full: exact, at rest</source>
        <translation>тонкая полоса — состояние в момент отсчёта на полной скорости; широкая — точное, в покое</translation>
    </message>
    <message>
        <source>one arrow in %1 drawn</source>
        <translation>показана одна стрелка из %1</translation>
    </message>
    <message>
        <source>No run yet: the timeline follows a run as it goes, or shows the recording being replayed.</source>
        <translation>Запусков ещё не было: временная диаграмма следит за идущим прогоном или показывает воспроизводимую запись.</translation>
    </message>
    <message>
        <source>sampled: 1 in %1</source>
        <translation>выборка: 1 из %1</translation>
    </message>
    <message>
        <source>sampled</source>
        <translation>выборка</translation>
    </message>
    <message>
        <source>events not recorded: an arrow only where both ends were</source>
        <translation>события не записаны: стрелка только там, где записаны оба конца</translation>
    </message>
    <message>
        <source>no arrows: of %1 sends and %2 receives recorded, none are of one message</source>
        <translation>стрелок нет: записано отправок — %1, приёмов — %2, но ни одного сообщения с обоими концами</translation>
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
</context>
<context>
    <name>Unannounced</name>
    <message numerus="yes">
        <source>%n lost message(s) had been written into the ring by %1 and never announced: it was killed before it moved head</source>
        <translation>
            <numerusform>%n потерянное сообщение %1 записал в кольцо, но так и не объявил: его убили раньше, чем он сдвинул head</numerusform>
            <numerusform>%n потерянных сообщения %1 записал в кольцо, но так и не объявил: его убили раньше, чем он сдвинул head</numerusform>
            <numerusform>%n потерянных сообщений %1 записал в кольцо, но так и не объявил: его убили раньше, чем он сдвинул head</numerusform>
        </translation>
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
    <name>WorkerState</name>
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
    <message>
        <source>copy</source>
        <extracomment>The operation a worker is in: the copy into or out of a ring slot</extracomment>
        <translation>копирование</translation>
    </message>
    <message>
        <source>advance</source>
        <extracomment>The operation a worker is in: moving the ring&apos;s head or tail on</extracomment>
        <translation>сдвиг</translation>
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
    <message>
        <source>Writer</source>
        <translation>Писатель</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Читатель</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Процесс</translation>
    </message>
    <message>
        <source>Child process</source>
        <translation>Дочерний процесс</translation>
    </message>
    <message>
        <source>The lesson</source>
        <translation>Урок</translation>
    </message>
    <message>
        <source>Each racer</source>
        <translation>Каждый участник гонки</translation>
    </message>
    <message>
        <source>P1 and P2</source>
        <translation>P1 и P2</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Ключи</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Очереди</translation>
    </message>
    <message>
        <source>As in the lecture</source>
        <translation>Как в лекции</translation>
    </message>
    <message>
        <source>The fix</source>
        <translation>Исправление</translation>
    </message>
    <message>
        <source>From a shell</source>
        <translation>Из оболочки</translation>
    </message>
    <message>
        <source>here</source>
        <translation>здесь</translation>
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
    <message>
        <source>The workers ran under SCHED_BATCH: a worker woken waited for the running one to sleep instead of preempting it.</source>
        <translation>Процессы работали в режиме SCHED_BATCH: разбуженный процесс ждал, пока работающий уснёт, а не вытеснял его.</translation>
    </message>
    <message>
        <source>The workers ran under SCHED_OTHER: a wake-up could preempt the running worker.</source>
        <translation>Процессы работали в режиме SCHED_OTHER: пробуждение могло сразу вытеснить работающий процесс.</translation>
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
    <name>ipcscope::FaultKeys</name>
    <message>
        <source>Select the next worker (W)</source>
        <translation>Выбрать следующий процесс (W)</translation>
    </message>
    <message>
        <source>Stop or continue the selected worker (S)</source>
        <translation>Остановить или продолжить выбранный процесс (S)</translation>
    </message>
    <message>
        <source>Kill the selected worker (K)</source>
        <translation>Убить выбранный процесс (K)</translation>
    </message>
    <message>
        <source>Undo the last fault (U)</source>
        <translation>Отменить последний сбой (U)</translation>
    </message>
    <message>
        <source>Selected %1 (pid %2)</source>
        <translation>Выбран %1 (pid %2)</translation>
    </message>
    <message>
        <source>%1: made</source>
        <translation>%1: сделано</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Add a producer (A)</source>
        <translation>Добавить производителя (A)</translation>
    </message>
    <message>
        <source>Add a consumer (Shift+A)</source>
        <translation>Добавить потребителя (Shift+A)</translation>
    </message>
</context>
<context>
    <name>ipcscope::FaultLogModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>not done: %1</source>
        <translation>не сделано: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Сбой</translation>
    </message>
    <message>
        <source>Call made</source>
        <translation>Сделанный вызов</translation>
    </message>
    <message>
        <source>Kernel&apos;s answer</source>
        <translation>Ответ ядра</translation>
    </message>
    <message>
        <source>What the workers did</source>
        <translation>Что сделали процессы</translation>
    </message>
    <message>
        <source>%1 (undone)</source>
        <translation>%1 (отменено)</translation>
    </message>
    <message>
        <source>%1 (undo: %2)</source>
        <translation>%1 (отмена: %2)</translation>
    </message>
</context>
<context>
    <name>ipcscope::FaultMenu</name>
    <message>
        <source>Fa&amp;ults</source>
        <translation>&amp;Сбои</translation>
    </message>
    <message>
        <source>Break the running run by hand and watch the kernel answer</source>
        <translation>Сломайте идущий запуск своими руками и посмотрите, что ответит ядро</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Stop (SIGSTOP)</source>
        <translation>Остановить (SIGSTOP)</translation>
    </message>
    <message>
        <source>Continue (SIGCONT)</source>
        <translation>Продолжить (SIGCONT)</translation>
    </message>
    <message>
        <source>Kill (SIGKILL)</source>
        <translation>Убить (SIGKILL)</translation>
    </message>
    <message>
        <source>Kill inside its critical section</source>
        <translation>Убить внутри критической секции</translation>
    </message>
    <message>
        <source>Send %1</source>
        <translation>Послать %1</translation>
    </message>
    <message>
        <source>Set %1 to %2 (SETVAL)</source>
        <translation>Установить %1 в %2 (SETVAL)</translation>
    </message>
    <message>
        <source>Remove the semaphore set (IPC_RMID)</source>
        <translation>Удалить набор семафоров (IPC_RMID)</translation>
    </message>
    <message>
        <source>Remove the segment (IPC_RMID)</source>
        <translation>Удалить сегмент (IPC_RMID)</translation>
    </message>
    <message>
        <source>Unlink the segment (shm_unlink)</source>
        <translation>Удалить имя сегмента (shm_unlink)</translation>
    </message>
    <message>
        <source>Remove the queue (IPC_RMID)</source>
        <translation>Удалить очередь (IPC_RMID)</translation>
    </message>
    <message>
        <source>Unlink the queue (mq_unlink)</source>
        <translation>Удалить имя очереди (mq_unlink)</translation>
    </message>
    <message>
        <source>Queue limit msg_qbytes = %1</source>
        <translation>Предел очереди msg_qbytes = %1</translation>
    </message>
    <message>
        <source>Pipe size %1 (F_SETPIPE_SZ)</source>
        <translation>Размер канала %1 (F_SETPIPE_SZ)</translation>
    </message>
    <message>
        <source>Start a run to break it</source>
        <translation>Запустите сценарий, чтобы было что ломать</translation>
    </message>
    <message>
        <source>Worker %1 (pid %2)</source>
        <translation>Процесс %1 (pid %2)</translation>
    </message>
    <message>
        <source>Stop inside its critical section</source>
        <translation>Остановить внутри критической секции</translation>
    </message>
    <message>
        <source>Close its read end (close)</source>
        <translation>Закрыть его читающий конец (close)</translation>
    </message>
    <message>
        <source>Shut its socket down for writing (shutdown SHUT_WR)</source>
        <translation>Закрыть его сокет на запись (shutdown SHUT_WR)</translation>
    </message>
    <message>
        <source>Close every read end (close)</source>
        <translation>Закрыть все читающие концы (close)</translation>
    </message>
    <message>
        <source>Shut every producer&apos;s socket down for writing (shutdown SHUT_WR)</source>
        <translation>Закрыть сокеты всех производителей на запись (shutdown SHUT_WR)</translation>
    </message>
    <message>
        <source>Receive buffer %1 (SO_RCVBUF)</source>
        <translation>Приёмный буфер %1 (SO_RCVBUF)</translation>
    </message>
    <message>
        <source>Undo the last fault that can be undone</source>
        <translation>Отменить последний сбой, который можно отменить</translation>
    </message>
    <message>
        <source>Add a producer (fork and exec)</source>
        <translation>Добавить производителя (fork и exec)</translation>
    </message>
    <message>
        <source>Add a consumer (fork and exec)</source>
        <translation>Добавить потребителя (fork и exec)</translation>
    </message>
    <message>
        <source>Starts one more worker that opens the run&apos;s objects as the others did</source>
        <translation>Запускает ещё один процесс, который открывает объекты прогона так же, как остальные</translation>
    </message>
</context>
<context>
    <name>ipcscope::FaultsPanel</name>
    <message>
        <source>Each fault made on the run: the call ipcscope made, the kernel&apos;s answer and what the workers did after it. Make one from the Faults menu or by right-clicking a worker.</source>
        <translation>Каждый сбой, внесённый в запуск: вызов, который сделал ipcscope, ответ ядра и что после этого сделали процессы. Внести сбой можно из меню «Сбои» или щелчком правой кнопкой по процессу.</translation>
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
    <message>
        <source>state</source>
        <translation>состояние</translation>
    </message>
    <message>
        <source>running</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <source>asleep</source>
        <translation>спит</translation>
    </message>
    <message>
        <source>asleep, uninterruptible</source>
        <translation>спит, непрерываемо</translation>
    </message>
    <message>
        <source>zombie: exited, not yet reaped</source>
        <translation>зомби: завершился, ещё не подобран</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>State letter (its meaning)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>process state</source>
        <translation>состояние процесса</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>завершился</translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation>(остановлен)</translation>
    </message>
    <message>
        <source>sampled</source>
        <comment>the kernel panel&apos;s values, read at speed</comment>
        <translation>выборка</translation>
    </message>
    <message>
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <source>pid %1, exited</source>
        <translation>pid %1, завершился</translation>
    </message>
    <message>
        <source>(exited)</source>
        <translation>(завершился)</translation>
    </message>
    <message>
        <source>%1 (before it exited)</source>
        <translation>%1 (до завершения)</translation>
    </message>
    <message>
        <source>last values</source>
        <translation>последние значения</translation>
    </message>
    <message>
        <source>scheduling policy</source>
        <translation>политика планирования</translation>
    </message>
</context>
<context>
    <name>ipcscope::LeftoversModel</name>
    <message>
        <source>nothing selected</source>
        <translation>ничего не выбрано</translation>
    </message>
    <message>
        <source>%1 %2 is not yours to remove</source>
        <translation>%1 %2 не ваш, удалить его нельзя</translation>
    </message>
    <message>
        <source>Yours: it can be removed (IPC_RMID)</source>
        <translation>Ваш: его можно удалить (IPC_RMID)</translation>
    </message>
    <message>
        <source>Another user&apos;s: shown, not removable</source>
        <translation>Чужой: показан, но удалить нельзя</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>сегмент %1</translation>
    </message>
    <message>
        <source>queue %1</source>
        <translation>очередь %1</translation>
    </message>
    <message>
        <source>semaphore set %1</source>
        <translation>набор семафоров %1</translation>
    </message>
    <message>
        <source>you (uid %1)</source>
        <translation>вы (uid %1)</translation>
    </message>
    <message>
        <source>uid %1</source>
        <translation>uid %1</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Its processes, all gone</source>
        <translation>Его процессы (все завершились)</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Содержит</translation>
    </message>
</context>
<context>
    <name>ipcscope::LeftoversPanel</name>
    <message>
        <source>Nothing left over: every System V object has a live process.</source>
        <translation>Брошенных нет: у каждого объекта System V есть живой процесс.</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) whose processes are all gone.</source>
        <translation>
            <numerusform>%n объект, чьи процессы все завершились.</numerusform>
            <numerusform>%n объекта, чьи процессы все завершились.</numerusform>
            <numerusform>%n объектов, чьи процессы все завершились.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>System V objects whose creator and last user are both gone (cpid, lpid from /proc/sysvipc, checked alive): what an example killed halfway leaves in ipcs. Only your own can be removed.</source>
        <translation>Объекты System V, чьи создатель и последний пользователь оба завершились (cpid, lpid из /proc/sysvipc, проверены на жизнь): то, что пример, убитый на полпути, оставляет в ipcs. Удалить можно только свои.</translation>
    </message>
    <message>
        <source>Remove %1 (key %2, %3)? IPC_RMID cannot be undone.</source>
        <translation>Удалить %1 (ключ %2, %3)? IPC_RMID отменить нельзя.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Удалён: %1.</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Не удалён: %1</translation>
    </message>
</context>
<context>
    <name>ipcscope::LegendOverlay</name>
    <message>
        <source>The scene, explained (F1 or Esc closes)</source>
        <translation>Что показано на сцене (F1 или Esc — закрыть)</translation>
    </message>
    <message>
        <source>filled slots</source>
        <translation>занятые ячейки</translation>
    </message>
    <message>
        <source>in its critical section</source>
        <translation>в критической секции</translation>
    </message>
    <message>
        <source>finished or not started</source>
        <translation>завершён / не запущен</translation>
    </message>
    <message>
        <source>failed or killed</source>
        <translation>сбой или убит</translation>
    </message>
    <message>
        <source>Producer: a real process that sends. Solid outline: running.</source>
        <translation>Производитель: реальный процесс-отправитель. Сплошная: работает.</translation>
    </message>
    <message>
        <source>Consumer: a real process that receives. Dashed: blocked in the kernel.</source>
        <translation>Потребитель: реальный процесс-получатель. Штрихи: заблокирован в ядре.</translation>
    </message>
    <message>
        <source>Dotted: paused before its next call (Pause, or a stepped pace).</source>
        <translation>Точки: пауза перед следующим вызовом (Пауза, пошаговый темп).</translation>
    </message>
    <message>
        <source>Semaphore: its value as the kernel reports it, and who waits on it. P takes one, sleeping while it is 0; V gives one back and wakes a waiter (the card flashes).</source>
        <translation>Семафор: значение (по данным ядра) и кто его ждёт. P берёт единицу, а при 0 спит; V возвращает её и будит ждущего (карточка вспыхивает).</translation>
    </message>
    <message>
        <source>Wait line: from a worker asleep in P to it.</source>
        <translation>Линия ожидания: кто спит в P на семафоре.</translation>
    </message>
    <message>
        <source>A message on its way, in its producer&apos;s colour.</source>
        <translation>Сообщение в пути, в цвете производителя.</translation>
    </message>
    <message>
        <source>the ring of slots</source>
        <translation>кольцо ячеек</translation>
    </message>
    <message>
        <source>Head: where the next message goes in; tail: where the next comes out. Coloured: announced (V(full) done); hatched: written, not yet announced.</source>
        <translation>head: куда пишется следующее; tail: откуда читается. Цветная: объявлено (V(full) сделан); штриховка: записано, ещё не объявлено.</translation>
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
    <message>
        <source>%1 %2: %3 (expected: %4)</source>
        <translation>%1 %2: %3 (ожидалось: %4)</translation>
    </message>
    <message>
        <source>Where the lecture is wrong</source>
        <translation>Где лекция ошибается</translation>
    </message>
    <message>
        <source>%1 The lecture: %2
Here: %3
Why: %4</source>
        <translation>%1 Лекция: %2
Здесь: %3
Почему: %4</translation>
    </message>
    <message>
        <source>Control run: %1</source>
        <translation>Контрольный прогон: %1</translation>
    </message>
    <message>
        <source>Control run</source>
        <translation>Контрольный прогон</translation>
    </message>
    <message>
        <source>Run it where the phenomenon cannot happen, to see the verdict turn: %1</source>
        <translation>Запустить там, где явление невозможно, чтобы увидеть, как меняется вердикт: %1</translation>
    </message>
    <message>
        <source>your guess, and the measurement says so</source>
        <translation>ваш ответ — и измерение это подтверждает</translation>
    </message>
    <message>
        <source>the measurement says so</source>
        <translation>так показало измерение</translation>
    </message>
    <message>
        <source>your guess</source>
        <translation>ваш ответ</translation>
    </message>
    <message>
        <source>The measurement does not answer it: the lesson did not finish.</source>
        <translation>Измерение не даёт ответа: урок не завершился.</translation>
    </message>
    <message>
        <source>%1 The measurement does not answer it.</source>
        <translation>%1 Измерение не даёт ответа.</translation>
    </message>
    <message>
        <source>%1 The measurement says: %2.</source>
        <translation>%1 Измерение показало: %2.</translation>
    </message>
    <message>
        <source>%1 The measurement says: %2. ✓ The guess was right.</source>
        <translation>%1 Измерение показало: %2. ✓ Ответ верный.</translation>
    </message>
    <message>
        <source>%1 The measurement says: %2. ✗ The guess was: %3.</source>
        <translation>%1 Измерение показало: %2. ✗ Ответ был: %3.</translation>
    </message>
    <message>
        <source>Ask first</source>
        <translation>Сначала вопрос</translation>
    </message>
    <message>
        <source>Put the lesson&apos;s question to the audience before it runs, and show the answer the measurement gives beside it</source>
        <translation>Перед запуском задать аудитории вопрос урока, а после показать рядом с результатом ответ, который дало измерение</translation>
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
        <source>As expected: lesson “%1”</source>
        <translation>Как ожидалось: урок «%1»</translation>
    </message>
    <message>
        <source>NOT as expected: lesson “%1”</source>
        <translation>НЕ так, как ожидалось: урок «%1»</translation>
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
        <source>Finished</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Остановлено</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 sent, %4 received</source>
        <translation>%1 · %2 · отправлено %3, получено %4</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>Сбои</translation>
    </message>
    <message>
        <source>The comparison has ended: its results are on the Compare page</source>
        <translation>Сравнение закончено: результаты — на странице «Сравнение»</translation>
    </message>
    <message>
        <source>Side by side: choose two to four mechanisms in the list first</source>
        <translation>Бок о бок: сначала выберите в списке от двух до четырёх механизмов</translation>
    </message>
    <message>
        <source>Side by side shows the first four of the chosen mechanisms</source>
        <translation>Бок о бок показывает первые четыре из выбранных механизмов</translation>
    </message>
    <message>
        <source>The live run was stopped for side by side.</source>
        <translation>Текущий запуск остановлен ради сравнения бок о бок.</translation>
    </message>
    <message>
        <source>Leftovers</source>
        <translation>Брошенные</translation>
    </message>
    <message>
        <source>Round trip: p50 %1, p99 %2, max %3</source>
        <translation>Туда и обратно: p50 %1, p99 %2, максимум %3</translation>
    </message>
    <message>
        <source>Latency, one way: p50 %1, p99 %2, max %3</source>
        <translation>Задержка в одну сторону: p50 %1, p99 %2, максимум %3</translation>
    </message>
    <message>
        <source>%1 — %2 sent, %3 received, %4 lost, %5 duplicated, %6 corrupted; %7</source>
        <translation>%1 — отправлено %2, получено %3, потеряно %4, продублировано %5, повреждено %6; %7</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Сбой</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Сбой: %1</translation>
    </message>
</context>
<context>
    <name>ipcscope::PaceControl</name>
    <message>
        <source>Pace</source>
        <translation>Темп</translation>
    </message>
    <message>
        <source>From one call every few seconds — the workers held and let through one call at a time — to messages per second per producer, to no limit at all</source>
        <translation>От одного вызова в несколько секунд (процессы удерживаются и пропускаются по одному вызову) до заданного числа сообщений в секунду на производителя и до работы без ограничения</translation>
    </message>
    <message>
        <source>set by the lesson</source>
        <translation>задаёт урок</translation>
    </message>
    <message>
        <source>A lesson sets its own timing; the pace returns when it ends</source>
        <translation>Урок сам задаёт темп; прежний темп вернётся, когда урок закончится</translation>
    </message>
</context>
<context>
    <name>ipcscope::QuestionDialog</name>
    <message>
        <source>Before it runs: %1</source>
        <translation>Перед запуском: %1</translation>
    </message>
    <message>
        <source>Run without guessing</source>
        <translation>Запустить без ответа</translation>
    </message>
</context>
<context>
    <name>ipcscope::RecordingFiles</name>
    <message>
        <source>ipcscope recording (*.ipcrec)</source>
        <translation>Запись ipcscope (*.ipcrec)</translation>
    </message>
    <message>
        <source>Save the recording</source>
        <translation>Сохранить запись</translation>
    </message>
    <message>
        <source>Open a recording</source>
        <translation>Открыть запись</translation>
    </message>
    <message>
        <source>Cannot open the recording: %1</source>
        <translation>Не удаётся открыть запись: %1</translation>
    </message>
    <message>
        <source>it holds no scene</source>
        <translation>в ней нет ни одного кадра сцены</translation>
    </message>
    <message>
        <source>Cannot save the recording: %1</source>
        <translation>Не удаётся сохранить запись: %1</translation>
    </message>
    <message>
        <source>Saved the recording %1</source>
        <translation>Запись сохранена: %1</translation>
    </message>
    <message>
        <source>Nothing recorded yet to look back on</source>
        <translation>Ещё ничего не записано — отматывать нечего</translation>
    </message>
    <message>
        <source>a lesson this ipcscope does not have: %1</source>
        <translation>в этой версии ipcscope нет урока %1</translation>
    </message>
</context>
<context>
    <name>ipcscope::ReplayBar</name>
    <message>
        <source>Replay — recorded on %1 at %2</source>
        <translation>Воспроизведение — записано на %1, %2</translation>
    </message>
    <message>
        <source>an unnamed host</source>
        <translation>безымянной машине</translation>
    </message>
    <message>
        <source>One sample back</source>
        <translation>На один кадр назад</translation>
    </message>
    <message>
        <source>One sample forward</source>
        <translation>На один кадр вперёд</translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation>Скорость воспроизведения</translation>
    </message>
    <message>
        <source>Drag to any moment of the recording</source>
        <translation>Перетащите к любому моменту записи</translation>
    </message>
    <message>
        <source>Close the replay</source>
        <translation>Закрыть воспроизведение</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Pause the replay</source>
        <translation>Приостановить воспроизведение</translation>
    </message>
    <message>
        <source>Play the recording</source>
        <translation>Воспроизвести запись</translation>
    </message>
    <message>
        <source>Past — %1 ago; the live run goes on</source>
        <translation>Прошлое — %1 назад; прогон идёт дальше</translation>
    </message>
    <message>
        <source>Steps go one sample: at speed the calls were sampled</source>
        <translation>Шаг — один кадр: на полной скорости вызовы записаны выборочно</translation>
    </message>
    <message>
        <source>One call back</source>
        <translation>На один вызов назад</translation>
    </message>
    <message>
        <source>One call forward</source>
        <translation>На один вызов вперёд</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>К прогону</translation>
    </message>
    <message>
        <source>Back to the live run</source>
        <translation>Вернуться к идущему прогону</translation>
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
    <message>
        <source>%1, after %2</source>
        <translation>%1, после %2</translation>
    </message>
    <message>
        <source>fault %1: %2</source>
        <translation>сбой %1: %2</translation>
    </message>
    <message>
        <source>the run is not going</source>
        <translation>запуск сейчас не идёт</translation>
    </message>
    <message>
        <source>%1 lost, %2 duplicated, %3 corrupted after the faults</source>
        <translation>после сбоев потеряно %1, продублировано %2, испорчено %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the run kept no more spare telemetry slots for it (%2 reserved at its start)</source>
        <translation>«%1»: у прогона не осталось запасных ячеек телеметрии (при запуске отложено %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: every producer has finished; the stream has ended</source>
        <translation>«%1»: все производители закончили, поток завершён</translation>
    </message>
    <message>
        <source>every producer had finished; nobody joins a run that is over</source>
        <translation>все производители уже закончили; к завершённому прогону не присоединяются</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>не запущен</translation>
    </message>
    <message>
        <source>%1 (pid %2) takes spare telemetry slot %3 and opens the run&apos;s objects as the first workers did</source>
        <translation>%1 (pid %2) занимает запасную ячейку телеметрии %3 и открывает объекты прогона так же, как первые процессы</translation>
    </message>
    <message numerus="yes">
        <source>producers still sending: %1; the last of them ends the stream for %n consumer(s)</source>
        <translation>
            <numerusform>производителей ещё отправляют: %1; последний из них завершит поток для %n потребителя</numerusform>
            <numerusform>производителей ещё отправляют: %1; последний из них завершит поток для %n потребителей</numerusform>
            <numerusform>производителей ещё отправляют: %1; последний из них завершит поток для %n потребителей</numerusform>
        </translation>
    </message>
    <message>
        <source>no reader has the FIFO open any more; nobody joins a run that is over</source>
        <translation>ни один читатель больше не держит FIFO открытым; к закончившемуся запуску никто не присоединяется</translation>
    </message>
    <message>
        <source>ipcscope holds a write end of the FIFO until %1 has opened it: until then no reader sees end of file</source>
        <translation>ipcscope держит открытым конец FIFO для записи, пока %1 его не откроет: до тех пор ни один читатель не увидит конца файла</translation>
    </message>
    <message>
        <source>ipcscope lets go of the FIFO&apos;s write end it held for %1: %1 ended before it opened the FIFO</source>
        <translation>ipcscope закрывает конец FIFO для записи, который держал для %1: %1 завершился, не успев открыть FIFO</translation>
    </message>
    <message>
        <source>%1 never ran: %2</source>
        <translation>%1 так и не запустился: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is counted out of the run&apos;s members: producers still sending: %2; the last of them ends the stream for %n consumer(s)</source>
        <translation>
            <numerusform>%1 исключён из участников запуска: производителей ещё отправляют: %2; последний из них завершит поток для %n потребителя</numerusform>
            <numerusform>%1 исключён из участников запуска: производителей ещё отправляют: %2; последний из них завершит поток для %n потребителей</numerusform>
            <numerusform>%1 исключён из участников запуска: производителей ещё отправляют: %2; последний из них завершит поток для %n потребителей</numerusform>
        </translation>
    </message>
    <message>
        <source>no consumer has the socket open any more; nobody joins a run that is over</source>
        <translation>ни у одного потребителя сокет больше не открыт; к законченному запуску никто не присоединяется</translation>
    </message>
    <message>
        <source>%1 inherits the consumers&apos; one socket as fd %2, copied from %3: one more reader of the same queue, each datagram read by one of them</source>
        <translation>%1 наследует общий сокет потребителей как fd %2, скопированный у %3: ещё один читатель той же очереди, каждую датаграмму читает один из них</translation>
    </message>
    <message>
        <source>%1 was ended by ipcscope (%2) as the run ended</source>
        <translation>%1 завершён ipcscope (%2) в конце прогона</translation>
    </message>
</context>
<context>
    <name>ipcscope::RunController</name>
    <message>
        <source>no run is going</source>
        <translation>сейчас ничего не запущено</translation>
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
        <translation>сообщениям больше PIPE_BUF разрешено перемешиваться</translation>
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
    <message>
        <source>the locks are taken with SEM_UNDO</source>
        <translation>блокировки берутся с SEM_UNDO</translation>
    </message>
    <message>
        <source>faults at their times: %1</source>
        <translation>сбои в свои моменты: %1</translation>
    </message>
    <message>
        <source>Off (SCHED_BATCH, the default): a worker woken waits until the running one sleeps, so on one CPU the workers take turns a full ring or pipe at a time. On (SCHED_OTHER, the kernel&apos;s default): a wake-up may preempt at once, and a hand-off can cost a context switch a message (the Kernel panel counts them).</source>
        <translation>Выключено (SCHED_BATCH, по умолчанию): разбуженный процесс ждёт, пока работающий уснёт, и на одном процессоре они сменяют друг друга на целое кольцо или канал сразу. Включено (SCHED_OTHER, как по умолчанию в ядре): пробуждение может сразу вытеснить работающий процесс, и каждая передача может стоить переключения контекста (их считает панель «Ядро»).</translation>
    </message>
    <message>
        <source>Wake-ups preempt (SCHED_OTHER)</source>
        <translation>Пробуждение вытесняет (SCHED_OTHER)</translation>
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
    <name>ipcscope::SideBySide</name>
    <message>
        <source>%1 did not come to rest within %2 s of its pause; the next one goes all the same</source>
        <translation>%1 не остановился за %2 с после паузы; следующий всё равно запущен</translation>
    </message>
</context>
<context>
    <name>ipcscope::SideBySidePlot</name>
    <message>
        <source>s since they began; one scale for all</source>
        <translation>с от начала; общая шкала для всех</translation>
    </message>
    <message>
        <source>msg/s</source>
        <translation>сообщ./с</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>сообщений</translation>
    </message>
</context>
<context>
    <name>ipcscope::SideBySideView</name>
    <message>
        <source>failed: %1</source>
        <translation>ошибка: %1</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>запускается</translation>
    </message>
    <message numerus="yes">
        <source>Together: they share this machine&apos;s %n CPU(s), so each goes slower than it would alone.</source>
        <translation>
            <numerusform>Одновременно: они делят %n процессор этой машины, поэтому каждый работает медленнее, чем работал бы один.</numerusform>
            <numerusform>Одновременно: они делят %n процессора этой машины, поэтому каждый работает медленнее, чем работал бы один.</numerusform>
            <numerusform>Одновременно: они делят %n процессоров этой машины, поэтому каждый работает медленнее, чем работал бы один.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>Запуск невозможен: %1</translation>
    </message>
    <message>
        <source>Side by side, live — ipcscope</source>
        <translation>Бок о бок, вживую — ipcscope</translation>
    </message>
    <message>
        <source>Taking turns</source>
        <translation>По очереди</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Одновременно</translation>
    </message>
    <message>
        <source>Taking turns, one mechanism at a time has the CPUs; together, they share them</source>
        <translation>По очереди — процессоры в каждый момент у одного механизма; одновременно — механизмы делят их между собой</translation>
    </message>
    <message>
        <source>The same pace for all: messages a second per producer</source>
        <translation>Один темп для всех: сообщений в секунду на производителя</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Пуск</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>ended · %1 over %2 of its own</source>
        <translation>завершён · %1 за %2 своего времени</translation>
    </message>
    <message>
        <source>stepping · %1</source>
        <translation>по шагам · %1</translation>
    </message>
    <message>
        <source>sharing the CPUs · %1</source>
        <translation>делит процессоры · %1</translation>
    </message>
    <message>
        <source>has the CPUs · %1</source>
        <translation>процессоры у него · %1</translation>
    </message>
    <message>
        <source>waiting its turn · %1</source>
        <translation>ждёт своей очереди · %1</translation>
    </message>
    <message>
        <source>Stepped: every one is held and makes one call on each beat, all on the same beat.</source>
        <translation>По шагам: все стоят и на каждом такте делают по одному вызову, все на одном такте.</translation>
    </message>
    <message>
        <source>Taking turns of %1 ms: one at a time has the CPUs, so none slows another; the one waiting is paused — its processes really wait. Each rate is over its own time with the CPUs.</source>
        <translation>По очереди, по %1 мс: процессоры в каждый момент у одного, поэтому никто никому не мешает; ожидающий стоит на паузе — его процессы действительно ждут. Скорость каждого — за то время, пока процессоры были у него.</translation>
    </message>
    <message>
        <source>held until all have started</source>
        <translation>ждёт запуска остальных</translation>
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
        <source>msg/s</source>
        <translation>сообщ./с</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>задержка</translation>
    </message>
    <message>
        <source>time since start (each point: the last second)</source>
        <translation>время от начала (каждая точка — за последнюю секунду)</translation>
    </message>
    <message>
        <source>time since start</source>
        <translation>время от начала</translation>
    </message>
    <message>
        <source>10 s</source>
        <translation>10 с</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>1 мин</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 мин</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Всё</translation>
    </message>
    <message>
        <source>How much of the run the graph shows</source>
        <translation>Какую часть запуска показывает график</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Заморозить</translation>
    </message>
    <message>
        <source>Stop following the run (it goes on); press again to follow it</source>
        <translation>Перестать следить за запуском (он продолжается); нажмите ещё раз, чтобы следить снова</translation>
    </message>
    <message>
        <source>previous run, bytes/s</source>
        <translation>прошлый запуск, байт/с</translation>
    </message>
    <message>
        <source>previous run (%1)</source>
        <translation>прошлый запуск (%1)</translation>
    </message>
    <message>
        <source>previous run, p50</source>
        <translation>прошлый запуск, p50</translation>
    </message>
    <message>
        <source>previous run, p99</source>
        <translation>прошлый запуск, p99</translation>
    </message>
    <message>
        <source>%1: paused</source>
        <translation>%1: пауза</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>всего %1</translation>
    </message>
    <message>
        <source>p50 %1</source>
        <translation>p50 %1</translation>
    </message>
    <message>
        <source>p99 %1</source>
        <translation>p99 %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>пауза</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>на %1</translation>
    </message>
    <message>
        <source>%1 at the end</source>
        <comment>a graph&apos;s value when the run has ended</comment>
        <translation>%1 в конце</translation>
    </message>
</context>
<context>
    <name>ipcscope::TimelineDock</name>
    <message>
        <source>Timeline</source>
        <translation>Временная диаграмма</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>К прогону</translation>
    </message>
    <message>
        <source>Follow the run: keep its last moment in view (zoom or drag into the past to stop)</source>
        <translation>Следить за прогоном: держать в виду его последний момент (приблизьте или сдвиньте в прошлое, чтобы перестать)</translation>
    </message>
</context>
<context>
    <name>ipcscope::TimelineView</name>
    <message>
        <source>Show the whole run</source>
        <translation>Показать весь запуск</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Экспорт в SVG…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1, объект %2</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>с %1 до %2</translation>
    </message>
    <message>
        <source>exact: every worker at rest</source>
        <translation>точно: все процессы стоят</translation>
    </message>
    <message>
        <source>as a sample caught it at speed</source>
        <translation>как застал отсчёт на полной скорости</translation>
    </message>
    <message>
        <source>some of its events were not recorded</source>
        <translation>часть его событий не записана</translation>
    </message>
    <message>
        <source>ipcscope timeline</source>
        <translation>Временная диаграмма ipcscope</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>не удаётся записать %1</translation>
    </message>
    <message>
        <source>Export the timeline as PDF</source>
        <translation>Экспорт временной диаграммы в PDF</translation>
    </message>
    <message>
        <source>Export the timeline as SVG</source>
        <translation>Экспорт временной диаграммы в SVG</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Изображение SVG (*.svg)</translation>
    </message>
    <message>
        <source>Exported the timeline to %1</source>
        <translation>Временная диаграмма сохранена в %1</translation>
    </message>
    <message>
        <source>Cannot export the timeline: %1</source>
        <translation>Не удалось экспортировать временную диаграмму: %1</translation>
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
    <message>
        <source>With --screenshot: write what was drawn (texts with their height in pixels, and items) to &lt;file&gt; as JSON.</source>
        <translation>Вместе с --screenshot: записать нарисованное (тексты с высотой в пикселях и элементы) в &lt;file&gt; в формате JSON.</translation>
    </message>
    <message>
        <source>With --screenshot: run the lesson &lt;id&gt; instead of the scenario and capture the window at its verdict.</source>
        <translation>Вместе с --screenshot: запустить урок &lt;id&gt; вместо сценария и снять окно на его вердикте.</translation>
    </message>
    <message>
        <source>--lesson: no lesson &apos;%1&apos;</source>
        <translation>--lesson: нет урока «%1»</translation>
    </message>
    <message>
        <source>Open side by side, live, for two to four mechanisms (comma-separated ids) and start it.</source>
        <translation>Открыть сравнение бок о бок для двух–четырёх механизмов (идентификаторы через запятую) и запустить его.</translation>
    </message>
    <message>
        <source>With --side-by-side: all at once instead of taking turns.</source>
        <translation>Вместе с --side-by-side: все одновременно, а не по очереди.</translation>
    </message>
    <message>
        <source>--together goes with --side-by-side</source>
        <translation>--together используется только с --side-by-side</translation>
    </message>
    <message>
        <source>Show the Timeline dock.</source>
        <translation>Показать панель «Временная диаграмма».</translation>
    </message>
    <message>
        <source>With --screenshot: pause the scenario at its start, take &lt;n&gt; Steps, each from a picture at rest, and capture the window when the last one has been taken.</source>
        <translation>С --screenshot: остановить сценарий в самом начале, сделать &lt;n&gt; шагов, каждый из состояния покоя, и снять окно, когда последний шаг сделан.</translation>
    </message>
    <message>
        <source>--inventory, --lesson and --steps go with --screenshot</source>
        <translation>--inventory, --lesson и --steps используются только вместе с --screenshot</translation>
    </message>
    <message>
        <source>--steps: &apos;%1&apos; is not a number from 0 to %2</source>
        <translation>--steps: «%1» — не число от 0 до %2</translation>
    </message>
    <message>
        <source>--steps goes with a scenario, not a lesson or side by side</source>
        <translation>--steps работает со сценарием, а не с уроком и не с режимом «бок о бок»</translation>
    </message>
    <message>
        <source>--steps goes with a scenario, not a recording</source>
        <translation>--steps работает со сценарием, а не с записью</translation>
    </message>
    <message>
        <source>--steps: nobody could take the next step in 30 s</source>
        <translation>--steps: за 30 с никто не смог сделать следующий шаг</translation>
    </message>
    <message>
        <source>Open the Compare page and run a comparison of these mechanisms (comma-separated ids) at 64 B and 4 KiB, with the page&apos;s repetitions and time per run; with --screenshot, capture it when it is done.</source>
        <translation>Открыть страницу «Сравнение» и запустить сравнение этих механизмов (идентификаторы через запятую) при 64 Б и 4 КиБ, с повторениями и временем прогона, заданными на странице; с --screenshot — снять снимок, когда оно закончится.</translation>
    </message>
    <message>
        <source>--compare: give one or more mechanism ids</source>
        <translation>--compare: укажите один или несколько идентификаторов механизмов</translation>
    </message>
    <message>
        <source>--compare goes alone: not with a lesson, steps, side by side or a file</source>
        <translation>--compare задаётся отдельно: не с уроком, шагами, режимом «бок о бок» или файлом</translation>
    </message>
</context>
</TS>
