// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "picturedocument.h"

#include <QUndoCommand>

namespace framefit {

// One user edit of the crop or the settings, undoable. The steps of one drag share a session
// number and merge into a single undo step.
class EditCommand : public QUndoCommand {
public:
    EditCommand(PictureDocument* document, const EditState& before, const EditState& after,
                int session, const QString& text);
    void undo() override { m_document->setState(m_before); }
    void redo() override { m_document->setState(m_after); }
    int id() const override { return m_session > 0 ? 1 : -1; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    PictureDocument* m_document;
    EditState m_before;
    EditState m_after;
    int m_session;
};

} // namespace framefit
