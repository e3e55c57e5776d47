#include "saneoptions.h"

#include "sanelibrary.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace Dossier {
namespace {

constexpr double kFixedScale = 65536.0; // SANE_FIX / SANE_UNFIX, without their C casts

double toDouble(SANE_Value_Type type, SANE_Word w)
{
    return type == SANE_TYPE_FIXED ? double(w) / kFixedScale : double(w);
}

SANE_Word toWord(SANE_Value_Type type, double v)
{
    return SANE_Word(std::lround(type == SANE_TYPE_FIXED ? v * kFixedScale : v));
}

bool isNumeric(const SANE_Option_Descriptor* d)
{
    return d && (d->type == SANE_TYPE_INT || d->type == SANE_TYPE_FIXED);
}

QString formatNumber(double v)
{
    return QString::number(v, 'g', 6);
}

} // namespace

bool SaneOptions::Numbers::covers(double value) const
{
    if (isRange)
        return value >= min && value <= max;
    if (list.isEmpty())
        return true;
    return value >= *std::min_element(list.begin(), list.end()) && value <= *std::max_element(list.begin(), list.end());
}

bool SaneOptions::Numbers::offers(double value) const
{
    if (isRange)
        return value >= min && value <= max && (quant <= 0 || std::fmod(value - min, quant) == 0);
    return list.isEmpty() || list.contains(value);
}

QString SaneOptions::Numbers::describe() const
{
    if (isRange)
        return formatNumber(min) + QLatin1Char('-') + formatNumber(max);
    QStringList parts;
    for (double v : list)
        parts << formatNumber(v);
    return parts.join(QStringLiteral(", "));
}

const SANE_Option_Descriptor* SaneOptions::find(const char* name, SANE_Int* index) const
{
    SANE_Int count = 0;
    if (sane_control_option(m_handle, 0, SANE_ACTION_GET_VALUE, &count, nullptr) != SANE_STATUS_GOOD)
        return nullptr;
    for (SANE_Int i = 1; i < count; ++i) {
        const SANE_Option_Descriptor* d = sane_get_option_descriptor(m_handle, i);
        if (!d || !d->name || d->type == SANE_TYPE_GROUP || std::strcmp(d->name, name) != 0)
            continue;
        if (!SANE_OPTION_IS_ACTIVE(d->cap))
            return nullptr;
        if (index)
            *index = i;
        return d;
    }
    return nullptr;
}

bool SaneOptions::settable(const char* name) const
{
    const SANE_Option_Descriptor* d = find(name);
    return d && SANE_OPTION_IS_SETTABLE(d->cap);
}

QStringList SaneOptions::strings(const char* name) const
{
    QStringList out;
    const SANE_Option_Descriptor* d = find(name);
    if (!d || d->type != SANE_TYPE_STRING || d->constraint_type != SANE_CONSTRAINT_STRING_LIST)
        return out;
    for (const SANE_String_Const* s = d->constraint.string_list; s && *s; ++s)
        out << QString::fromUtf8(*s);
    return out;
}

std::optional<SaneOptions::Numbers> SaneOptions::numbers(const char* name) const
{
    const SANE_Option_Descriptor* d = find(name);
    if (!isNumeric(d))
        return std::nullopt;
    Numbers n;
    if (d->constraint_type == SANE_CONSTRAINT_RANGE && d->constraint.range) {
        n.isRange = true;
        n.min = toDouble(d->type, d->constraint.range->min);
        n.max = toDouble(d->type, d->constraint.range->max);
        n.quant = toDouble(d->type, d->constraint.range->quant);
    } else if (d->constraint_type == SANE_CONSTRAINT_WORD_LIST && d->constraint.word_list) {
        const SANE_Word* words = d->constraint.word_list; // words[0] is the count
        for (SANE_Word i = 1; i <= words[0]; ++i)
            n.list << toDouble(d->type, words[i]);
    }
    return n;
}

std::optional<double> SaneOptions::number(const char* name) const
{
    SANE_Int index = 0;
    const SANE_Option_Descriptor* d = find(name, &index);
    if (!isNumeric(d))
        return std::nullopt;
    // An array option holds several words; the first one stands for all.
    std::vector<SANE_Word> value(std::max<std::size_t>(1, std::size_t(d->size) / sizeof(SANE_Word)));
    if (sane_control_option(m_handle, index, SANE_ACTION_GET_VALUE, value.data(), nullptr) != SANE_STATUS_GOOD)
        return std::nullopt;
    return toDouble(d->type, value.front());
}

Status SaneOptions::setString(const char* name, const QString& value)
{
    SANE_Int index = 0;
    const SANE_Option_Descriptor* d = find(name, &index);
    if (!d || d->type != SANE_TYPE_STRING || !SANE_OPTION_IS_SETTABLE(d->cap) || d->size <= 0)
        return Error(QStringLiteral("scan_option_missing"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "The scanner has no setting called %1."),
                     {QString::fromUtf8(name)});
    const QByteArray utf8 = value.toUtf8();
    std::vector<char> buffer(std::size_t(d->size), '\0');
    std::memcpy(buffer.data(), utf8.constData(), std::min(buffer.size() - 1, std::size_t(utf8.size())));
    const SANE_Status status = sane_control_option(m_handle, index, SANE_ACTION_SET_VALUE, buffer.data(), nullptr);
    if (status != SANE_STATUS_GOOD)
        return SaneLibrary::failure(QT_TRANSLATE_NOOP("Dossier::Error", "The scanner refused the setting %1 = %2: %3."),
                                    status, {QString::fromUtf8(name), value});
    return Ok{};
}

Status SaneOptions::setNumber(const char* name, double value)
{
    SANE_Int index = 0;
    const SANE_Option_Descriptor* d = find(name, &index);
    if (!isNumeric(d) || !SANE_OPTION_IS_SETTABLE(d->cap))
        return Error(QStringLiteral("scan_option_missing"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "The scanner has no setting called %1."),
                     {QString::fromUtf8(name)});
    std::vector<SANE_Word> words(std::max<std::size_t>(1, std::size_t(d->size) / sizeof(SANE_Word)),
                                 toWord(d->type, value));
    const SANE_Status status = sane_control_option(m_handle, index, SANE_ACTION_SET_VALUE, words.data(), nullptr);
    if (status != SANE_STATUS_GOOD)
        return SaneLibrary::failure(QT_TRANSLATE_NOOP("Dossier::Error", "The scanner refused the setting %1 = %2: %3."),
                                    status, {QString::fromUtf8(name), formatNumber(value)});
    return Ok{};
}

} // namespace Dossier
