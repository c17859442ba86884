// SPDX-License-Identifier: GPL-3.0-or-later
#include "editcommand.h"

namespace framefit {

EditCommand::EditCommand(PictureDocument* document, const EditState& before, const EditState& after,
                         int session, const QString& text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(before)
    , m_after(after)
    , m_session(session) {}

bool EditCommand::mergeWith(const QUndoCommand* other) {
    const auto* edit = static_cast<const EditCommand*>(other);
    if (edit->m_session != m_session)
        return false;
    m_after = edit->m_after;
    return true;
}

} // namespace framefit
