// ftok: a key from a file's device and inode; then what IPC_EXCL and
// IPC_PRIVATE do with keys.
//== prelude
static key_t before, after, key;
static int qid, fd;
//== producer keys
    fd = open("shared.key", O_CREAT | O_EXCL | O_WRONLY, 0600);
    before = ftok("shared.key", 'A');  //@ says before
    // saved anew, as an editor does: a new file renamed over it
    fd = open("shared.key.new", O_CREAT | O_EXCL | O_WRONLY, 0600);
    rename("shared.key.new", "shared.key");
    after = ftok("shared.key", 'A');    // another inode: another key  //@ says after
    // 8 bits of id, 8 of device, 16 of inode: two files can share a key  //@ says twins
//== consumer queues
    qid = msgget(key, IPC_CREAT | IPC_EXCL | 0600);  // taken: -1, EEXIST  //@ says excl
    qid = msgget(key, IPC_CREAT | 0600);             // taken: someone's queue, silently  //@ says creat
    qid = msgget(IPC_PRIVATE, 0600);                 // always a new one
