#include "scenepreview.h"

#include "enginetext.h"
#include "runtypes.h"
#include "scenebuilder.h"
#include "scenetext.h"

#include <QCoreApplication>

namespace ipcscope {

namespace {

struct ScenePreviewText {
    Q_DECLARE_TR_FUNCTIONS(ScenePreview)
};

} // namespace

SceneModel previewScene(const Scenario &scenario, const Mechanism &mechanism)
{
    const MechanismInfo &info = mechanism.info();
    SceneModel m;
    m.phase = ScenePhase::Starting;
    m.exact = true; // nothing moves: nothing is there yet
    for (Role role : {Role::Producer, Role::Consumer}) {
        const int count = role == Role::Producer ? scenario.producers : scenario.consumers;
        for (int i = 0; i < count; ++i) {
            WorkerSnapshot w;
            w.role = role;
            w.index = i;
            SceneWorker sw;
            sw.name = w.name();
            sw.role = role;
            sw.state = QStringLiteral("not-started");
            sw.text = ScenePreviewText::tr("not started");
            m.workers.append(sw);
        }
    }
    for (size_t k = 0; k < info.syncObjects.size(); ++k) {
        SceneSemaphore sem;
        sem.name = QString::fromStdString(info.syncObjects[k]);
        if (k < info.syncRoles.size()) {
            sem.purpose = translated(Text{info.syncRoles[k].purpose});
            sem.kind = SceneSemaphore::Kind(int(info.syncRoles[k].kind));
        }
        m.semaphores.append(sem);
    }
    if (info.scene == SceneKind::Ring) {
        SceneRing ring;
        ring.cells.resize(std::max(scenario.ringSlots, 1));
        for (int i = 0; i < ring.cells.size(); ++i)
            ring.cells[i].index = i;
        m.ring = ring;
    }
    SceneObject o;
    o.kind = sceneObjectKind(info);
    m.objects.append(o);
    return m;
}

SceneModel startingScene(const Scenario &scenario, const Mechanism &mechanism)
{
    SceneModel m = previewScene(scenario, mechanism);
    for (SceneWorker &w : m.workers) {
        w.state = QStringLiteral("starting");
        w.text = SceneText::state(w);
    }
    return m;
}

} // namespace ipcscope
