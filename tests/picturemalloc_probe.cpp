// SPDX-License-Identifier: GPL-3.0-or-later
// Run by tst_picturemalloc: calls usePictureMalloc() as a program's main() does, then touches
// 64 MB from malloc and prints whether the kernel backed it with huge pages, how many malloc
// arenas there are once a second thread has allocated too, and what environment the program
// now sees.
#include "core/picturemalloc.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <malloc.h>
#include <string>
#include <thread>

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

// malloc_info() describes each arena as a <heap nr="..."> element.
int arenaCount() {
    char* text = nullptr;
    size_t size = 0;
    std::FILE* report = open_memstream(&text, &size);
    if (!report || malloc_info(0, report) != 0)
        return -1;
    std::fclose(report);
    int count = 0;
    for (const char* at = text; (at = std::strstr(at, "<heap nr=")); ++at)
        ++count;
    std::free(text);
    return count;
}

} // namespace

int main(int, char* argv[]) {
    framefit::usePictureMalloc(argv);
    constexpr size_t kBytes = size_t(64) << 20;
    auto* block = static_cast<char*>(std::malloc(kBytes));
    if (!block)
        return 1;
    std::memset(block, 1, kBytes);
    // Half the block is enough to tell: huge pages cover all of it but its unaligned ends.
    std::printf("huge pages %s\n", anonHugePagesKiB() >= 32 * 1024 ? "yes" : "no");
    std::thread worker([] { std::free(std::malloc(4096)); });
    worker.join();
    std::printf("arenas %d\n", arenaCount());
    std::printf("sees %s\n", shown(std::getenv("GLIBC_TUNABLES")).c_str());
    std::printf("marker %s\n", shown(std::getenv("FRAMEFIT_USER_GLIBC_TUNABLES")).c_str());
    std::free(block);
    return 0;
}
