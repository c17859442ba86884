// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the fuzzers' seed corpus: one small file of every input kind the loader handles (and
// a few it must refuse), and typical argument strings. Made at build/test time, not committed.
#include "tests/testsupport.h"

#include <QDir>
#include <QGuiApplication>

#include <cstdio>

using namespace framefit::test;

namespace {
bool put(const QDir& dir, const QString& name, const QByteArray& bytes) {
    return writeFile(dir.filePath(name), bytes);
}
} // namespace

int main(int argc, char* argv[]) {
    QGuiApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: make_fuzz_seeds <loader-dir> <args-dir> <api-dir>\n");
        return 2;
    }
    QDir loader(QFile::decodeName(argv[1]));
    QDir args(QFile::decodeName(argv[2]));
    QDir api(QFile::decodeName(argv[3]));
    if (!QDir().mkpath(loader.path()) || !QDir().mkpath(args.path()) || !QDir().mkpath(api.path()))
        return 1;
    const QImage picture = detailed(QSize(96, 64));
    QImage translucent(40, 30, QImage::Format_ARGB32);
    translucent.fill(QColor(10, 200, 30, 90));
    QImage deep(24, 16, QImage::Format_RGBA64);
    deep.fill(QColor(200, 100, 50, 200));
    QImage indexed(20, 10, QImage::Format_Indexed8);
    indexed.setColorTable({qRgb(255, 128, 0), qRgba(0, 64, 255, 0)});
    indexed.fill(1);
    const QByteArray jpeg = encodeWithQt(picture, "JPEG", 85);
    const QList<std::pair<QString, QByteArray>> files{
        {QStringLiteral("plain.jpg"), jpeg},
        {QStringLiteral("exif6.jpg"), withJpegSegment(jpeg, 0xE1, exifOrientationPayload(6, true))},
        {QStringLiteral("icc.jpg"), withJpegSegment(jpeg, 0xE2, iccPayload(linearRgbProfile()))},
        {QStringLiteral("cmyk.jpg"), cmykJpeg(QSize(16, 16), 200, 10, 40, 30)},
        {QStringLiteral("truncated.jpg"), jpeg.left(jpeg.size() / 2)},
        {QStringLiteral("alpha.png"), encodeWithQt(translucent, "PNG")},
        {QStringLiteral("deep.png"), encodeWithQt(deep, "PNG")},
        {QStringLiteral("palette.png"), encodeWithQt(indexed, "PNG")},
        {QStringLiteral("bomb.png"), pngBomb(3000, 3000)},
        {QStringLiteral("anim.gif"), animatedGif()},
        {QStringLiteral("lossy.webp"), webp(picture)},
        {QStringLiteral("alpha.webp"), webp(translucent, true)},
        {QStringLiteral("anim.webp"), animatedWebp(quadrants(QSize(16, 16)))},
        {QStringLiteral("frame.bmp"), encodeWithQt(picture, "BMP")},
    };
    bool ok = true;
    for (const auto& [name, bytes] : files) {
        // the loader fuzzer reads a control byte before the file
        for (char control : {char(0x00), char(0x2B)})
            ok = put(loader, QStringLiteral("%1-%2").arg(int(uchar(control))).arg(name),
                     control + bytes) &&
                 ok;
    }
    const QStringList texts{QStringLiteral("0,0,1,1"),    QStringLiteral("0.1, 0.2,0.9,0.8"),
                            QStringLiteral("1e-3,0,1,1"), QStringLiteral("1280x720"),
                            QStringLiteral("720X1280"),   QStringLiteral("#20a0F0"),
                            QStringLiteral("cover"),      QStringLiteral("webp"),
                            QStringLiteral("nan,0,1,1")};
    for (int i = 0; i < texts.size(); ++i)
        ok = put(args, QStringLiteral("arg%1").arg(i), texts[i].toUtf8()) && ok;
    // answers as the Videos API gives them (shapes from its OpenAPI description)
    const QList<QByteArray> answers{
        R"({"id":"video_123","object":"video","model":"sora-2","status":"in_progress","progress":33,)"
        R"("created_at":1712697600,"completed_at":null,"expires_at":null,"size":"1280x720","seconds":"4",)"
        R"("remixed_from_video_id":null,"error":null})",
        R"({"id":"video_9","object":"video","status":"failed","progress":100,"error":{"code":"moderation_blocked",)"
        R"("message":"Your request was blocked by our moderation system."}})",
        R"({"object":"list","data":[{"id":"a","status":"completed","progress":100}],"first_id":"a",)"
        R"("last_id":"a","has_more":false})",
        R"({"error":{"message":"Inpaint image must match the requested width and height",)"
        R"("type":"invalid_request_error","param":null,"code":null}})",
        R"({"id":"video_123","object":"video.deleted","deleted":true})",
        R"({"id":1e999,"progress":-5})",
    };
    for (int i = 0; i < answers.size(); ++i)
        ok = put(api, QStringLiteral("answer%1.json").arg(i), answers[i]) && ok;
    return ok ? 0 : 1;
}
