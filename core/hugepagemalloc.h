// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace framefit {

// Converting a photo touches a few hundred megabytes of freshly allocated memory (the file, a
// progressive JPEG's coefficients, the decoded pixels, the frame). In 4 KiB pages each first
// touch is a page fault: on the bench corpus a fifth of framefit-cli's CPU time went to the
// kernel, and the TLB misses slowed the codecs too. glibc's malloc can ask for transparent huge
// pages instead (the glibc.malloc.hugetlb=1 tunable, glibc 2.35+), but reads tunables only from
// the environment at start-up: so this restarts the program once, at the top of main() before
// anything else has run, with the tunable added to GLIBC_TUNABLES. The restarted process puts
// GLIBC_TUNABLES back as the user had it, so programs it starts inherit nothing.
//
// Does nothing unless the kernel gives transparent huge pages on request only (its "madvise"
// mode, Debian's default), when GLIBC_TUNABLES already says anything about glibc.malloc.hugetlb
// (set it to 0 to opt out), or when the restart fails.
void restartWithHugePageMalloc(char** argv);

} // namespace framefit
