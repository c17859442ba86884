// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace framefit {

// Sets up glibc's malloc for converting pictures; call it first thing in main(), before any
// other thread starts.
//
// Converting a photo touches a few hundred megabytes of freshly allocated memory (the file, a
// progressive JPEG's coefficients, the decoded pixels, the frame). In 4 KiB pages each first
// touch is a page fault: on the bench corpus a fifth of framefit-cli's CPU time went to the
// kernel, and the TLB misses slowed the codecs too. glibc's malloc can ask for transparent huge
// pages instead (the glibc.malloc.hugetlb=1 tunable, glibc 2.35+), but reads tunables only from
// the environment at start-up: so this restarts the program once with the tunable added to
// GLIBC_TUNABLES, and the restarted process puts GLIBC_TUNABLES back as the user had it, so
// programs it starts inherit nothing. The restart is skipped unless the kernel gives huge pages
// on request only (its "madvise" mode, Debian's default), when GLIBC_TUNABLES already says
// anything about glibc.malloc.hugetlb (set it to 0 to opt out), or when it fails.
//
// It also makes every thread allocate from the one main arena. Each worker thread would
// otherwise get an arena of its own, which keeps the high-water mark of the pictures it decoded
// (a 2-worker batch of the bench corpus peaked at 170 MB instead of 143 MB) and which glibc 2.36
// does not back with huge pages: the batch engine on 40 photos made 97,000 page faults with
// per-thread arenas and 3,800 with one.
void usePictureMalloc(char** argv);

} // namespace framefit
