// Calls whichever weak `hook` the linker kept.
int hook(int);

int main(int argc, char **argv) {
    (void)argv;
    return hook(argc) + 1;
}
