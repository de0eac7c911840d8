#pragma once
// The run's log: what workers print, how they exited, lost or corrupted
// messages, errors. Bounded, so an endless run does not grow it for ever.
#include <QPlainTextEdit>

namespace ipcscope {

class LogView : public QPlainTextEdit {
    Q_OBJECT
public:
    enum class Kind { Info, Warning, Error };
    explicit LogView(QWidget *parent = nullptr);
    void append(const QString &line, Kind kind = Kind::Info);
};

} // namespace ipcscope
