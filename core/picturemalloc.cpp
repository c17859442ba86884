// SPDX-License-Identifier: GPL-3.0-or-later
#include "picturemalloc.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#if defined(__GLIBC__) && defined(__linux__)
#include <malloc.h>
#include <unistd.h>
#endif

namespace framefit {

#if defined(__GLIBC__) && defined(__linux__)

namespace {

constexpr char kTunables[] = "GLIBC_TUNABLES";
constexpr char kHugePages[] = "glibc.malloc.hugetlb=1";
// Set only across the restart: "unset", or "set:" and the user's own GLIBC_TUNABLES.
constexpr char kUserTunables[] = "FRAMEFIT_USER_GLIBC_TUNABLES";

// "[always]" gives huge pages without asking, "[never]" refuses them: only "[madvise]", the
// default of Debian's kernels, makes the tunable matter.
bool hugePagesOnlyWhenAsked() {
    std::FILE* file = std::fopen("/sys/kernel/mm/transparent_hugepage/enabled", "r");
    if (!file)
        return false;
    char modes[128] = {};
    const bool read = std::fgets(modes, sizeof modes, file) != nullptr;
    std::fclose(file);
    return read && std::strstr(modes, "[madvise]") != nullptr;
}

void restoreUserTunables(const char* saved) {
    if (std::strncmp(saved, "set:", 4) == 0)
        setenv(kTunables, saved + 4, 1);
    else
        unsetenv(kTunables);
    unsetenv(kUserTunables);
}

void restartWithHugePages(char** argv) {
    if (const char* saved = std::getenv(kUserTunables)) {
        restoreUserTunables(saved); // the restarted process: malloc has read the tunable
        return;
    }
    const char* user = std::getenv(kTunables);
    if ((user && std::strstr(user, "glibc.malloc.hugetlb")) || !hugePagesOnlyWhenAsked())
        return;
    const std::string saved = user ? std::string("set:") + user : std::string("unset");
    const std::string tunables =
        user && *user ? std::string(user) + ':' + kHugePages : std::string(kHugePages);
    setenv(kUserTunables, saved.c_str(), 1);
    setenv(kTunables, tunables.c_str(), 1);
    execv("/proc/self/exe", argv);
    restoreUserTunables(saved.c_str()); // not restarted: carry on as started
}

} // namespace

void usePictureMalloc(char** argv) {
    restartWithHugePages(argv);
    mallopt(M_ARENA_MAX, 1);
}

#else

void usePictureMalloc(char**) {}

#endif

} // namespace framefit
