#include "base/Text.h"

namespace taller {

QString foldForMatching(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c.toLower());
    }
    return folded.simplified();
}

QString romanNumeral(int number)
{
    static const std::pair<int, const char16_t *> numerals[] = {{10, u"X"}, {9, u"IX"}, {5, u"V"}, {4, u"IV"}, {1, u"I"}};
    QString text;
    for (const auto &[value, numeral] : numerals) {
        while (number >= value) {
            text += QString::fromUtf16(numeral);
            number -= value;
        }
    }
    return text;
}

} // namespace taller
