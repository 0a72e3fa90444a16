#pragma once

#include "base/Result.h"
#include "tabular/TabularWriter.h"

#include <QCoreApplication>

class QWidget;

namespace taller {

// Every "Export … (Excel or CSV)" of the window: asks where, writes the list
// as .xlsx or as CSV for Excel, and says what happened.
class SpreadsheetExport
{
    Q_DECLARE_TR_FUNCTIONS(taller::SpreadsheetExport)

public:
    // suggestedPath without an extension; .xlsx is offered first.
    static void save(QWidget *parent, const QString &title, const Result<TabularSheet> &sheet, const QString &suggestedPath);
};

} // namespace taller
