// The lecture's System V example, as printed: shm_write creates the
// segment by key 12222 and waits in getchar(); shm_read attaches it,
// reads, detaches and removes it. The lesson runs both in a private IPC
// namespace and presses Enter for shm_write.
//== language c++
//== producer shm_write.cpp
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/shm.h>
#include <unistd.h>

#define SHM_SIZE 1000000 // Size of the shared memory segment

int main() {
	int shm_id;
	char *shm_ptr;
	// Create the shared memory segment
	shm_id = shmget(12222, SHM_SIZE, IPC_CREAT | 0666);
	if (shm_id == -1) {
		perror("shmget");
		exit(1);
	}
	
	// Attach the shared memory segment to the process's address space
	shm_ptr = (char*)shmat(shm_id, NULL, 0);
	if (shm_ptr == (char *)-1) {
		perror("shmat");
		exit(1);
	}
	
	// Write to shared memory
	const char *message = "Hello from writer!";
	sprintf(shm_ptr, "%s", message);
	printf("Writer: Wrote to shared memory: %s\n", message);  //@ says *.writer=Writer:*
	
	getchar();  //@ in read
	// Detach from shared memory
	shmdt(shm_ptr);
	return 0;  //@ says *.writer_status=0
}
//== consumer shm_read.cpp
#include <stdio.h>
#include <stdlib.h>
#include <sys/ipc.h>
#include <sys/shm.h>
#include <unistd.h>

#define SHM_SIZE 1000000 // Size of the shared memory segment

int main() {
	int shm_id;
	char *shm_ptr;
	
	// Create a unique key for the shared memory segment
	/*
	key_t key = ftok("shmfile", 65);
	if (key== -1) {
		perror("ftok");
		exit(1);
	}*/
	
	// Access the shared memory segment
	shm_id = shmget(12222, SHM_SIZE, 0666);
	if (shm_id == -1) {
		perror("shmget");  //@ says *.reader=shmget:*
		exit(1);
	}
	
	// Attach the shared memory segment to the process's address space
	shm_ptr = (char*) shmat(shm_id, NULL, 0);
	if (shm_ptr == (char *)-1) {
		perror("shmat");
		exit(1);
	}
	
	// Read from shared memory
	printf("Reader: Read from shared memory: %s\n", shm_ptr);  //@ says *.reader=Reader:*
	
	// Detach from shared memory
	shmdt(shm_ptr);
	
	// Optionally, remove the shared memory segment
	shmctl(shm_id, IPC_RMID, NULL);
	
	return 0;  //@ says *.reader_status=0
}
