#include "workercommand.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace ipcscope {

namespace {

template <typename T> bool parseNumber(std::string_view text, T &value)
{
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    return ec == std::errc() && end == text.data() + text.size();
}

bool parseDouble(const std::string &text, double &value)
{
    char *end = nullptr;
    value = std::strtod(text.c_str(), &end);
    // Finite and bounded: rates and durations become integers of nanoseconds.
    return !text.empty() && end && *end == '\0' && std::isfinite(value) && value >= 0 && value <= 1e9;
}

// Shortest text that parses back to the same double.
std::string exact(double value)
{
    char text[32];
    for (int precision = 1; precision <= 17; ++precision) {
        std::snprintf(text, sizeof text, "%.*g", precision, value);
        if (std::strtod(text, nullptr) == value)
            break;
    }
    return text;
}

} // namespace

std::vector<std::string> WorkerCommand::arguments() const
{
    const WorkerCommand d;
    std::vector<std::string> a = {role == Role::Producer ? "producer" : "consumer", "--mechanism", mechanism};
    const auto add = [&a](const char *flag, const std::string &value) {
        a.push_back(flag);
        a.push_back(value);
    };
    if (index != d.index)
        add("--index", std::to_string(index));
    if (slot != d.slot)
        add("--slot", std::to_string(slot));
    add("--producers", std::to_string(shape.producers));
    add("--consumers", std::to_string(shape.consumers));
    if (shape.size != d.shape.size)
        add("--size", std::to_string(shape.size));
    if (shape.ringSlots != d.shape.ringSlots)
        add("--slots", std::to_string(shape.ringSlots));
    if (durationS > 0)
        add("--duration", exact(durationS));
    else if (count != kDefaultCount)
        add("--count", std::to_string(count));
    if (rate > 0)
        add("--rate", exact(rate));
    if (!payload.empty())
        add("--payload", payload);
    if (!params.empty())
        add("--object", formatParams(params));
    if (create)
        a.push_back("--create");
    if (!telemetry.empty())
        add("--telemetry", telemetry);
    if (!live)
        a.push_back("--no-telemetry");
    if (cpu >= 0)
        add("--cpu", std::to_string(cpu));
    if (sched != SchedPolicy::Batch)
        add("--sched", schedPolicyName(sched));
    if (pingPong) {
        a.push_back("--ping-pong");
        add("--reply-object", formatParams(replyParams));
    }
    if (consumerRate > 0)
        add("--consumer-rate", exact(consumerRate));
    if (stopAfter > 0)
        add("--stop-after", std::to_string(stopAfter));
    if (ignoreSigpipe)
        a.push_back("--ignore-sigpipe");
    if (shape.allowTornWrites)
        a.push_back("--allow-torn-writes");
    return a;
}

bool WorkerCommand::parse(const std::vector<std::string> &arguments, WorkerCommand &command, std::string &error)
{
    std::vector<const char *> argv;
    for (const std::string &s : arguments)
        argv.push_back(s.c_str());
    return parse(int(argv.size()), argv.data(), 0, command, error);
}

bool WorkerCommand::parse(int argc, const char *const *argv, int first, WorkerCommand &o, std::string &error)
{
    o = WorkerCommand();
    if (argc <= first) {
        error = "say producer or consumer";
        return false;
    }
    const std::string role = argv[first];
    if (role == "producer")
        o.role = Role::Producer;
    else if (role == "consumer")
        o.role = Role::Consumer;
    else {
        error = "the first argument is producer or consumer, not '" + role + "'";
        return false;
    }
    bool countGiven = false;
    for (int i = first + 1; i < argc; ++i) {
        const std::string arg = argv[i];
        bool ok = true;
        const auto value = [&]() -> std::string {
            if (i + 1 >= argc) {
                ok = false;
                return {};
            }
            return argv[++i];
        };
        if (arg == "--mechanism")
            o.mechanism = value();
        else if (arg == "--index")
            ok = parseNumber(value(), o.index) && ok;
        else if (arg == "--slot")
            ok = parseNumber(value(), o.slot) && ok;
        else if (arg == "--producers")
            ok = parseNumber(value(), o.shape.producers) && ok;
        else if (arg == "--consumers")
            ok = parseNumber(value(), o.shape.consumers) && ok;
        else if (arg == "--size")
            ok = parseNumber(value(), o.shape.size) && ok;
        else if (arg == "--slots")
            ok = parseNumber(value(), o.shape.ringSlots) && ok;
        else if (arg == "--count") {
            ok = parseNumber(value(), o.count) && ok;
            countGiven = true;
        } else if (arg == "--duration")
            ok = parseDouble(value(), o.durationS) && ok;
        else if (arg == "--rate")
            ok = parseDouble(value(), o.rate) && ok;
        else if (arg == "--payload")
            o.payload = value();
        else if (arg == "--object")
            o.params = parseParams(value());
        else if (arg == "--telemetry")
            o.telemetry = value();
        else if (arg == "--no-telemetry")
            o.live = false;
        else if (arg == "--create")
            o.create = true;
        else if (arg == "--cpu")
            ok = parseNumber(value(), o.cpu) && ok;
        else if (arg == "--sched")
            ok = parseSchedPolicy(value(), o.sched) && ok;
        else if (arg == "--ping-pong")
            o.pingPong = true;
        else if (arg == "--consumer-rate")
            ok = parseDouble(value(), o.consumerRate) && ok;
        else if (arg == "--stop-after")
            ok = parseNumber(value(), o.stopAfter) && ok;
        else if (arg == "--ignore-sigpipe")
            o.ignoreSigpipe = true;
        else if (arg == "--allow-torn-writes")
            o.shape.allowTornWrites = true;
        else if (arg == "--reply-object")
            o.replyParams = parseParams(value());
        else {
            error = "unknown option " + arg;
            return false;
        }
        if (!ok) {
            error = "bad value for " + arg;
            return false;
        }
    }
    if (o.mechanism.empty()) {
        error = "--mechanism is required";
        return false;
    }
    if (o.pingPong && o.create) {
        error = "--ping-pong needs a session to make its two channels; it cannot be combined with --create";
        return false;
    }
    if (countGiven && o.durationS > 0) {
        error = "--count and --duration exclude each other: give one";
        return false;
    }
    if (o.durationS > 0)
        o.count = 0;
    return true;
}

const char *WorkerCommand::usage()
{
    return "usage: ipcscope-worker producer|consumer --mechanism ID [--index N] [--slot N] [--producers P] [--consumers C]\n"
           "         [--size BYTES] [--slots N] [--count N (0: until stopped) | --duration S] [--rate MSGS_PER_S]\n"
           "         [--payload TEXT]\n"
           "         [--object KEY=VALUE,...] [--create] [--telemetry NAME] [--no-telemetry] [--cpu N]\n"
           "         [--sched batch|normal]\n"
           "         [--ping-pong --reply-object KEY=VALUE,...] [--consumer-rate R] [--stop-after N]\n"
           "         [--ignore-sigpipe] [--allow-torn-writes]\n"
           "       ipcscope-worker lesson NAME [--option value]...   (see `ipcscope-cli lesson --list`)\n"
           "       ipcscope-worker reaper\n";
}

} // namespace ipcscope
