#include "pipeline/ocrjson.h"

#include <charconv>

namespace Dossier::OcrJson {

namespace {

// A position in the JSON text; any failure stops it for good (ok() false).
class Cursor final
{
public:
    explicit Cursor(QByteArrayView json) : m_p(json.data()), m_end(json.data() + json.size()) {}

    bool ok() const { return m_ok; }
    const char* at() const { return m_p; }

    void space()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    // Takes `c` when it is the next byte after whitespace.
    bool take(char c)
    {
        space();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }

    bool expect(char c)
    {
        if (m_ok && !take(c))
            m_ok = false;
        return m_ok;
    }

    // A string's bytes between its quotes, escapes as they are.
    QByteArrayView rawString()
    {
        if (!expect('"'))
            return {};
        const char* from = m_p;
        while (m_p < m_end && *m_p != '"')
            m_p += (*m_p == '\\' && m_end - m_p > 1) ? 2 : 1;
        if (m_p >= m_end) {
            m_ok = false;
            return {};
        }
        return QByteArrayView(from, m_p++ - from);
    }

    QString string() { return decode(rawString()); }

    double number()
    {
        space();
        double v = 0;
        const auto [end, error] = std::from_chars(m_p, m_end, v);
        if (error != std::errc())
            m_ok = false;
        else
            m_p = end;
        return v;
    }

    // Skips one value without reading it: strings by their quotes, arrays and objects by their brackets (what is
    // inside them is checked for nothing but balance: the reader that wants it reads it on its own).
    void skipValue()
    {
        space();
        int depth = 0;
        while (m_ok && m_p < m_end) {
            const char c = *m_p;
            if (c == '"') {
                rawString();
            } else if (c == '[' || c == '{') {
                ++depth;
                ++m_p;
            } else if (c == ']' || c == '}' || c == ',') {
                if (depth == 0)
                    return; // the end of a scalar, or of the container holding it
                depth -= c != ',';
                ++m_p;
            } else {
                ++m_p;
            }
            if (depth == 0 && (c == '"' || c == ']' || c == '}'))
                return;
        }
        m_ok = m_ok && depth == 0 && m_p == m_end; // a scalar may end the text; nothing else may
    }

private:
    static QString decode(QByteArrayView raw)
    {
        if (!raw.contains('\\'))
            return QString::fromUtf8(raw);
        QString out;
        qsizetype from = 0;
        for (qsizetype i = raw.indexOf('\\'); i >= 0 && i + 1 < raw.size(); i = raw.indexOf('\\', from)) {
            out += QString::fromUtf8(raw.sliced(from, i - from));
            const char e = raw.at(i + 1);
            from = i + 2;
            if (e == 'u' && i + 6 <= raw.size()) {
                bool ok = false;
                const ushort u = raw.sliced(i + 2, 4).toUShort(&ok, 16);
                out += QChar(ok ? u : 0xFFFD); // a surrogate pair comes as two escapes: appended, they pair
                from = i + 6;
            } else {
                out += e == 'n'   ? QChar(u'\n')
                       : e == 't' ? QChar(u'\t')
                       : e == 'r' ? QChar(u'\r')
                       : e == 'b' ? QChar(u'\b')
                       : e == 'f' ? QChar(u'\f')
                                  : QChar(char16_t(uchar(e)));
            }
        }
        return out + QString::fromUtf8(raw.sliced(std::min(from, raw.size())));
    }

    const char* m_p;
    const char* m_end;
    bool m_ok = true;
};

// Calls `member(key)` for each member of the object at the cursor, which reads (or skips) the value.
template <typename F> void members(Cursor& c, F&& member)
{
    if (!c.expect('{') || c.take('}'))
        return;
    do {
        const QByteArrayView key = c.rawString();
        if (c.expect(':'))
            member(key);
    } while (c.ok() && c.take(','));
    c.expect('}');
}

// Calls `element()` for each element of the array at the cursor.
template <typename F> void elements(Cursor& c, F&& element)
{
    if (!c.expect('[') || c.take(']'))
        return;
    do
        element();
    while (c.ok() && c.take(','));
    c.expect(']');
}

QRect box(Cursor& c)
{
    int v[4] = {0, 0, 0, 0};
    int n = 0;
    elements(c, [&] {
        const double d = c.number();
        if (n < 4)
            v[n] = int(d);
        ++n;
    });
    return n == 4 ? QRect(v[0], v[1], v[2], v[3]) : QRect(); // as PageResult::ocrFromJson reads a box
}

} // namespace

QList<Line> lines(QByteArrayView json)
{
    QList<Line> out;
    Cursor c(json);
    members(c, [&](QByteArrayView key) {
        if (key != "lines")
            return c.skipValue();
        elements(c, [&] {
            Line l;
            members(c, [&](QByteArrayView k) {
                if (k == "t") {
                    l.text = c.string();
                } else if (k == "b") {
                    l.box = box(c);
                } else if (k == "c") {
                    l.confidence = float(c.number());
                } else if (k == "w") {
                    const char* from = c.at();
                    c.skipValue();
                    l.words = QByteArrayView(from, c.at() - from);
                } else {
                    c.skipValue();
                }
            });
            if (c.ok())
                out.append(l);
        });
    });
    return out;
}

QList<OcrWord> words(QByteArrayView wordsArray)
{
    QList<OcrWord> out;
    Cursor c(wordsArray);
    elements(c, [&] {
        OcrWord w;
        members(c, [&](QByteArrayView k) {
            if (k == "t")
                w.text = c.string();
            else if (k == "b")
                w.box = box(c);
            else if (k == "c")
                w.confidence = float(c.number());
            else
                c.skipValue();
        });
        if (c.ok())
            out.append(w);
    });
    return out;
}

} // namespace Dossier::OcrJson
