// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imageencoder.h"
#include "core/sora/soraclient.h"
#include "mockserver/mocksoraserver.h"

#include <QImage>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace framefit::testing {

// A key that is easy to grep for in captured output.
inline const QString kTestKey = QStringLiteral("sk-test-SECRET-4b1d9e77c0ffee");

inline QByteArray pictureBytes(QSize size, ImageFormat format = ImageFormat::Jpeg) {
    QImage image(size, QImage::Format_RGB888);
    image.fill(QColor(40, 120, 200));
    return encodeImage(image, format, 90).value_or(QByteArray());
}

// A mock server with fast job timers, for one test.
inline std::unique_ptr<mock::MockSoraServer> startServer(int ticksToFinish = 3, int tickMs = 20) {
    mock::MockSoraServer::Options o;
    o.apiKey = kTestKey;
    o.tickMs = tickMs;
    o.ticksToFinish = ticksToFinish;
    o.pollAfterMs = 10;
    auto server = std::make_unique<mock::MockSoraServer>(o);
    if (!server->listen())
        return nullptr;
    return server;
}

inline sora::ClientConfig clientConfig(const mock::MockSoraServer& server) {
    sora::ClientConfig c;
    c.baseUrl = QUrl(server.baseUrl());
    c.apiKey = kTestKey;
    c.timeoutMs = 5'000;
    c.backoffScale = 0.02; // 10 ms, 20 ms instead of 0.5 s, 1 s
    return c;
}

inline sora::CreateRequest createRequest(QSize size = {1280, 720},
                                         const QString& model = QStringLiteral("sora-2")) {
    sora::CreateRequest r;
    r.prompt = QStringLiteral("A lighthouse at dusk, waves rolling in");
    r.model = model;
    r.size = size;
    r.image = pictureBytes(size);
    return r;
}

// Waits for the call to finish (it always does: every path ends in finished()).
inline bool waitFinished(sora::SoraCall* call, int timeoutMs = 15'000) {
    QSignalSpy spy(call, &sora::SoraCall::finished);
    return spy.wait(timeoutMs) || spy.count() > 0;
}

} // namespace framefit::testing
