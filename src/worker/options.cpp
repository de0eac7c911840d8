#include "options.h"

#include <charconv>
#include <cmath>
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

} // namespace

const char *workerUsage()
{
    return "usage: ipcscope-worker producer|consumer --mechanism ID [--index N] [--producers P] [--consumers C]\n"
           "         [--size BYTES] [--slots N] [--count N (0: until stopped) | --duration S] [--rate MSGS_PER_S]\n"
           "         [--payload TEXT]\n"
           "         [--object KEY=VALUE,...] [--create] [--telemetry NAME] [--no-telemetry] [--cpu N]\n"
           "         [--ping-pong --reply-object KEY=VALUE,...] [--consumer-rate R] [--stop-after N]\n"
           "         [--ignore-sigpipe] [--allow-torn-writes]\n"
           "       ipcscope-worker lesson NAME [--option value]...   (see `ipcscope-cli lesson --list`)\n";
}

bool parseWorkerOptions(int argc, char **argv, WorkerOptions &o, std::string &error)
{
    if (argc < 2) {
        error = "say producer or consumer";
        return false;
    }
    const std::string role = argv[1];
    if (role == "producer")
        o.role = Role::Producer;
    else if (role == "consumer")
        o.role = Role::Consumer;
    else {
        error = "the first argument is producer or consumer, not '" + role + "'";
        return false;
    }
    bool countGiven = false;
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        const auto value = [&]() -> std::string {
            if (i + 1 >= argc)
                return {};
            return argv[++i];
        };
        bool ok = true;
        if (arg == "--mechanism")
            o.mechanism = value();
        else if (arg == "--index")
            ok = parseNumber(value(), o.index);
        else if (arg == "--producers")
            ok = parseNumber(value(), o.shape.producers);
        else if (arg == "--consumers")
            ok = parseNumber(value(), o.shape.consumers);
        else if (arg == "--size")
            ok = parseNumber(value(), o.shape.size);
        else if (arg == "--slots")
            ok = parseNumber(value(), o.shape.ringSlots);
        else if (arg == "--count") {
            ok = parseNumber(value(), o.count);
            countGiven = true;
        } else if (arg == "--duration")
            ok = parseDouble(value(), o.durationS);
        else if (arg == "--rate")
            ok = parseDouble(value(), o.rate);
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
            ok = parseNumber(value(), o.cpu);
        else if (arg == "--ping-pong")
            o.pingPong = true;
        else if (arg == "--consumer-rate")
            ok = parseDouble(value(), o.consumerRate);
        else if (arg == "--stop-after")
            ok = parseNumber(value(), o.stopAfter);
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
    if (!countGiven && o.durationS == 0)
        o.count = 1000;
    return true;
}

} // namespace ipcscope
