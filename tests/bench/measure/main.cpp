// tintype-bench-measure: runs a command and reports its wall time, CPU time and
// peak resident memory, exactly, from the kernel's own accounting (wait4's
// rusage: ru_maxrss of the child and of any descendants it waited for). No
// polling of /proc, so no race with a short-lived peak, and no need for GNU time.
//
//   tintype-bench-measure [--out FILE] -- COMMAND [ARGS...]
//
// Prints "wall_s=.. user_s=.. sys_s=.. maxrss_kb=.. exit=.." (one line) to FILE
// or stderr; exits with the command's exit code (128+N if killed by signal N).

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>

namespace {
double seconds(const timeval &tv) { return double(tv.tv_sec) + double(tv.tv_usec) / 1e6; }
} // namespace

int main(int argc, char **argv)
{
    const char *outPath = nullptr;
    int first = 1;
    while (first < argc && std::strcmp(argv[first], "--") != 0) {
        if (std::strcmp(argv[first], "--out") == 0 && first + 1 < argc) {
            outPath = argv[first + 1];
            first += 2;
        } else {
            std::fprintf(stderr, "usage: tintype-bench-measure [--out FILE] -- COMMAND [ARGS...]\n");
            return 2;
        }
    }
    if (first + 1 >= argc) {
        std::fprintf(stderr, "usage: tintype-bench-measure [--out FILE] -- COMMAND [ARGS...]\n");
        return 2;
    }
    char **command = argv + first + 1;

    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid < 0) {
        std::perror("tintype-bench-measure: fork");
        return 2;
    }
    if (pid == 0) {
        execvp(command[0], command);
        std::fprintf(stderr, "tintype-bench-measure: cannot run %s: %s\n", command[0], std::strerror(errno));
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0) {
        if (errno != EINTR) {
            std::perror("tintype-bench-measure: wait4");
            return 2;
        }
    }
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const int exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);

    FILE *out = outPath ? std::fopen(outPath, "w") : stderr;
    if (!out) {
        std::fprintf(stderr, "tintype-bench-measure: cannot write %s: %s\n", outPath, std::strerror(errno));
        return 2;
    }
    // ru_maxrss is in kilobytes on Linux (bytes on macOS).
    std::fprintf(out, "wall_s=%.3f user_s=%.3f sys_s=%.3f maxrss_kb=%ld exit=%d\n", wall, seconds(usage.ru_utime),
                 seconds(usage.ru_stime), long(usage.ru_maxrss), exitCode);
    if (out != stderr)
        std::fclose(out);
    return exitCode;
}
