// The lecture's POSIX example, as printed. It is C: as C++ the line
// ptr = mmap(...) does not compile (void * to char *). The lesson runs it
// with a /dev/shm of its own and presses Enter for it.
//== language c
//== producer writer.c
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>     // For 0_* constants
#include <sys/mman.h>  // For shm_open and mmap
#include <unistd.h>    // For close

#define SHM_NAME "/my_shm"
#define SHM_SIZE 256

int main() {
	int shm_fd;
	char *ptr;
	
	// Create shared memory object
	shm_fd = shm_open(SHM_NAME, O_CREAT | O_RDWR, 0666);
	if (shm_fd == -1) {
		perror("shm_open");
		exit(1);
	}
	
	// Configure the size of the shared memory object
	ftruncate(shm_fd, SHM_SIZE);
	
	// Map the shared memory object in the address space
	ptr = mmap(0, SHM_SIZE, PROT_WRITE, MAP_SHARED, shm_fd, 0);
	if (ptr == MAP_FAILED) {
		perror("mmap");
		exit(1);
	}
	
	// Write to shared memory
	const char *message = "Hello from writer!";
	sprintf(ptr, "%s", message);
	printf("Writer: Wrote to shared memory: %s\n", message);  //@ says writer=Writer:*
	
	getchar();  //@ in read
	
	// Clean up
	munmap(ptr, SHM_SIZE);
	close(shm_fd);
	shm_unlink(SHM_NAME);
	
	return 0;  //@ says writer_status=0
}
//== consumer shell
// the lecture looks from a shell while the writer waits in getchar():
//   cd /dev/shm
//   ls -l  //@ says ls
// and cat my_shm shows the greeting: the object is a file  //@ says contents
