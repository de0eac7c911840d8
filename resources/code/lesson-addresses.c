// addresses: a list of two nodes in one System V segment. The writer
// stores the second node's address and its offset; the reader, which
// attached the segment elsewhere, follows both.
//== prelude
struct node { char text[32]; struct node *next; unsigned long next_offset; };
static int shm_id;
static char *base;
static struct node *first, *second;
//== producer writer
    base = (char *) shmat(shm_id, NULL, 0);
    first = (struct node *) base;
    second = (struct node *) (base + 64);
    strcpy(second->text, "second");
    first->next = second;               // an address: the writer's
    first->next_offset = 64;            // an offset: anyone's
//== consumer reader
    base = (char *) shmat(shm_id, NULL, 0);   // somewhere else
    first = (struct node *) base;
    // the reader's own base + the offset: the second node
    printf("%s\n", ((struct node *) (base + first->next_offset))->text);  //@ says by_offset
    // the writer's address: nothing there, or something else
    printf("%s\n", first->next->text);  //@ says by_pointer
