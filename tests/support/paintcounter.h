#pragma once
// Counts the paint events widgets get, by widget: installed on one widget
// (a test: how often it repainted) or on the application (the GUI
// benchmark's --paints: which widgets repaint that need not).
#include <QEvent>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTextStream>
#include <QVector>

#include <algorithm>

namespace ipcscope::test {

class PaintCounter : public QObject {
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()) {
            // Named at its first paint: a widget may be gone (a tooltip) by the print.
            if (++m_counts[watched] == 1)
                m_paths[watched] = path(watched);
        }
        return false;
    }
    // The paints of every widget it watched.
    int total() const
    {
        int sum = 0;
        for (int count : m_counts)
            sum += count;
        return sum;
    }
    int of(const QObject *widget) const { return m_counts.value(const_cast<QObject *>(widget)); }
    void clear()
    {
        m_counts.clear();
        m_paths.clear();
    }
    // "Class 'name' in Class 'name' in ...": where a widget is.
    static QString path(QObject *o)
    {
        QStringList parts;
        for (int depth = 0; o && depth < 4; o = o->parent(), ++depth)
            parts << QString::fromLatin1(o->metaObject()->className()) +
                         (o->objectName().isEmpty() ? QString() : QStringLiteral(" '") + o->objectName() + u'\'');
        return parts.join(QStringLiteral(" in "));
    }
    // Each widget that painted at least once a second over `seconds`, the most first.
    void print(QTextStream &out, double seconds) const
    {
        QVector<QPair<int, QObject *>> sorted;
        for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
            sorted.append({it.value(), it.key()});
        std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        for (const auto &[count, widget] : sorted)
            if (count / seconds >= 1)
                out << "    " << QString::number(count / seconds, 'f', 1) << "/s " << m_paths.value(widget) << "\n";
    }

private:
    QHash<QObject *, int> m_counts; // keys only compared, never followed
    QHash<QObject *, QString> m_paths;
};

} // namespace ipcscope::test
