#include "tabular/ImportProblem.h"

#include <algorithm>

namespace taller {

int ImportProblem::count(const QList<ImportProblem> &problems, Kind kind)
{
    return int(std::count_if(problems.cbegin(), problems.cend(), [kind](const ImportProblem &p) { return p.kind == kind; }));
}

} // namespace taller
