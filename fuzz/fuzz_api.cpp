// SPDX-License-Identifier: GPL-3.0-or-later
// Whatever a server (or something pretending to be one) answers: the Video, list, error and
// delete parsers either refuse with a reason or return values that keep their promises.
#include "core/sora/video.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

using namespace framefit::sora;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    if (const auto video = parseVideo(json, &error)) {
        if (video->progress < 0 || video->progress > 100)
            __builtin_trap(); // the progress bar relies on the clamp
    } else if (error.isEmpty()) {
        __builtin_trap(); // a refusal always says why
    }
    error.clear();
    if (const auto list = parseVideoList(json, &error)) {
        for (const Video& v : list->data) {
            if (v.progress < 0 || v.progress > 100)
                __builtin_trap();
        }
    } else if (error.isEmpty()) {
        __builtin_trap();
    }
    (void)parseApiError(json);
    (void)parseDeleted(json);
    return 0;
}
