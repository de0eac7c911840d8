#include "session/mechanismcatalog.h"

#include "enginetext.h"

namespace ipcscope {

namespace {

MechanismText textOf(const Mechanism &m)
{
    const MechanismInfo &info = m.info();
    return {QString::fromStdString(info.id),
            info.group,
            translated(groupTitle(info.group)),
            translated(Text{info.title}),
            translated(Text{info.summary}),
            QString::fromStdString(info.calls),
            info.colour,
            &m};
}

} // namespace

// Built on every call, from the translators installed now: a language switch
// changes every text without anyone having to rebuild a cache.
QList<MechanismText> mechanismCatalog()
{
    QList<MechanismText> out;
    for (const Mechanism *m : allMechanisms())
        out << textOf(*m);
    return out;
}

MechanismText mechanismText(const QString &id)
{
    const Mechanism *m = findMechanism(id.toStdString());
    return m ? textOf(*m) : MechanismText{};
}

QStringList groupTitles()
{
    QStringList out;
    for (Group g : kGroups)
        out << translated(groupTitle(g));
    return out;
}

} // namespace ipcscope
