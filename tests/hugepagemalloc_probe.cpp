// SPDX-License-Identifier: GPL-3.0-or-later
// Run by tst_hugepagemalloc: calls restartWithHugePageMalloc() as a program's main() does, then
// touches 64 MB from malloc and prints whether the kernel backed it with huge pages, and what
// environment the program now sees.
#include "core/hugepagemalloc.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>

namespace {

std::string shown(const char* value) {
    return value ? std::string("[") + value + "]" : std::string("unset");
}

long anonHugePagesKiB() {
    std::ifstream rollup("/proc/self/smaps_rollup");
    std::string key;
    long kib = 0;
    while (rollup >> key) {
        if (key == "AnonHugePages:" && rollup >> kib)
            return kib;
    }
    return -1;
}

} // namespace

int main(int, char* argv[]) {
    framefit::restartWithHugePageMalloc(argv);
    constexpr size_t kBytes = size_t(64) << 20;
    auto* block = static_cast<char*>(std::malloc(kBytes));
    if (!block)
        return 1;
    std::memset(block, 1, kBytes);
    // Half the block is enough to tell: huge pages cover all of it but its unaligned ends.
    std::printf("huge pages %s\n", anonHugePagesKiB() >= 32 * 1024 ? "yes" : "no");
    std::printf("sees %s\n", shown(std::getenv("GLIBC_TUNABLES")).c_str());
    std::printf("marker %s\n", shown(std::getenv("FRAMEFIT_USER_GLIBC_TUNABLES")).c_str());
    std::free(block);
    return 0;
}
