"""actplot's speed and memory goals, measured side by side with gnuplot and matplotlib in one run.

Run with `make bench` (it builds the release binary first, and main's in .build-base). Installs
gnuplot-nox, valgrind and matplotlib when they are missing. Each figure is the median wall time of
several runs; peak memory is the child's maximum resident set size.

Given a second binary (`make bench` passes main's), every catalog function is also drawn by both under
callgrind, which counts the instructions executed: exact and repeatable on a busy machine, where wall
time of a 10 ms run is not. Two charts each: the default (1000 samples with f′), where no function may
be more than 1.2× main's count, and 100 000 samples with f″ too, where evaluating the function is a
larger share of the work.

`actplot eval` reads 10 million lines of random x from standard input and prints x, f and f′ for
each; it must be at least as fast as awk printing x and exp(x) for the same file (mawk, Debian's
default awk; gawk is reported too when installed) and stay within 20 MiB.
"""
import concurrent.futures
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ACTPLOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/release/actplot")
BASELINE = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else None
RUNS = int(os.environ.get("BENCH_RUNS", "15"))

ARTICLE = {  # gnuplot's spelling of the article's eight functions and their derivatives
    "linear": ("x", "1"),
    "relu": ("x > 0 ? x : 0", "x > 0 ? 1 : 0"),
    "leaky_relu": ("x > 0 ? x : 0.01*x", "x > 0 ? 1 : 0.01"),
    "elu": ("x > 0 ? x : exp(x) - 1", "x > 0 ? 1 : exp(x)"),
    "softplus": ("log(1 + exp(x))", "1/(1 + exp(-x))"),
    "sigmoid": ("1/(1 + exp(-x))", "exp(-x)/(1 + exp(-x))**2"),
    "tanh": ("tanh(x)", "1 - tanh(x)**2"),
    "arctan": ("atan(x)", "1/(1 + x**2)"),
}


def ensure_tools():
    tools = [("gnuplot", "gnuplot-nox"), ("/usr/bin/time", "time"), ("mawk", "mawk")] + ([("valgrind", "valgrind")] if BASELINE else [])
    missing = [pkg for tool, pkg in tools if shutil.which(tool) is None]
    if missing:
        print("installing " + " ".join(missing) + " with apt-get", flush=True)
        sudo = [] if os.geteuid() == 0 else ["sudo"]
        subprocess.run(sudo + ["apt-get", "update"], check=True, stdout=subprocess.DEVNULL)
        subprocess.run(sudo + ["apt-get", "install", "-y"] + missing, check=True, stdout=subprocess.DEVNULL)
    # Checked in a child: importing matplotlib here would not change what is measured, but keeps
    # this process small.
    if subprocess.run([sys.executable, "-c", "import matplotlib"], stderr=subprocess.DEVNULL).returncode != 0:
        print("installing matplotlib with pip", flush=True)
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "matplotlib"], check=True)


def measure(cmd, runs=RUNS, cwd=None, stdin=None):
    """Median wall seconds, and peak RSS in MiB as GNU time reports it (a child of Python would
    inherit Python's own peak across exec). `stdin` names a file to read standard input from."""
    times, peaks = [], []
    report = tempfile.mktemp(prefix="actplot-bench-rss-")
    for _ in range(runs):
        with open(stdin or os.devnull, "rb") as source:
            start = time.perf_counter()
            subprocess.run(cmd, cwd=cwd, stdin=source, stdout=subprocess.DEVNULL, check=True)
            times.append(time.perf_counter() - start)
    for _ in range(min(runs, 3)):
        with open(stdin or os.devnull, "rb") as source:
            subprocess.run(["/usr/bin/time", "-f", "%M", "-o", report] + cmd, cwd=cwd, stdin=source,
                           stdout=subprocess.DEVNULL, check=True)
        with open(report) as f:
            peaks.append(int(f.read().split()[-1]) / 1024)
    os.unlink(report)
    return statistics.median(times), max(peaks)


def random_lines(path, count):
    """`count` lines of random x in [-10, 10] as Python's repr writes them (the shortest text,
    mostly 16 or 17 significant digits), the same file on every run."""
    generator = random.Random(14)
    with open(path, "w") as f:
        for _ in range(count // 1000):
            f.write("".join(repr(generator.uniform(-10, 10)) + "\n" for _ in range(1000)))


def measure_on_terminal(cmd, alongside, runs=RUNS):
    """Median wall seconds of `cmd` drawing on a pseudo-terminal (what it writes is read and
    dropped), with truecolor in the environment and standard input elsewhere, so nothing is
    asked of the terminal: the time from start to the chart on screen. `alongside` runs in turn
    with it, its output dropped; its median is the second value."""
    import pty
    terminal, program = pty.openpty()
    # A reader of its own, so that draining never waits for this interpreter.
    reader = subprocess.Popen(["cat"], stdin=terminal, stdout=subprocess.DEVNULL)
    env = dict(os.environ, TERM="xterm-256color", COLORTERM="truecolor")
    for name in ("NO_COLOR", "TMUX", "STY"):
        env.pop(name, None)
    times, other = [], []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=program, check=True, env=env)
        times.append(time.perf_counter() - start)
        start = time.perf_counter()
        subprocess.run(alongside, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, check=True)
        other.append(time.perf_counter() - start)
    reader.kill()
    reader.wait()
    os.close(program)
    os.close(terminal)
    return statistics.median(times), statistics.median(other)


def interleaved(cmds, runs=RUNS):
    """Median wall seconds of each command, run in turn so that a busy spell of the machine
    falls on all of them alike."""
    times = [[] for _ in cmds]
    for _ in range(runs):
        for cmd, spent in zip(cmds, times):
            start = time.perf_counter()
            subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, check=True)
            spent.append(time.perf_counter() - start)
    return [statistics.median(spent) for spent in times]


def instructions(cmd):
    """Instructions executed by `cmd`, as callgrind counts them."""
    result = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"] + cmd,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True)
    for line in result.stderr.splitlines():
        if "Collected :" in line:
            return int(line.split(":")[-1])
    raise RuntimeError("callgrind printed no count for " + " ".join(cmd))


def per_function(work):
    """Each function's instruction counts with this build and the baseline, for two charts."""
    names = subprocess.run([ACTPLOT, "list", "--names"], capture_output=True, text=True, check=True).stdout.split()
    charts = {"default": [], "100k": ["--samples", "100000", "--second-derivative"]}
    jobs = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        for name in names:
            for chart, options in charts.items():
                for which, binary in (("base", BASELINE), ("this", ACTPLOT)):
                    out = f"{work}/{which}-{chart}-{name}.png"
                    jobs[(name, chart, which)] = pool.submit(instructions, [binary, name] + options + ["-o", out])
    counts = {key: job.result() for key, job in jobs.items()}
    print(f"{'function':16} {'default chart (1000 samples, f′)':>40} {'100 000 samples, f′ and f″':>40}")
    print(f"{'':16} {'main':>13} {'this':>13} {'ratio':>12} {'main':>13} {'this':>13} {'ratio':>12}")
    worst = {chart: (0.0, "") for chart in charts}
    for name in names:
        cells = []
        for chart in charts:
            base, this = counts[(name, chart, "base")], counts[(name, chart, "this")]
            ratio = this / base
            worst[chart] = max(worst[chart], (ratio, name))
            cells.append(f"{base:>13,} {this:>13,} {ratio:>11.3f}×")
        print(f"{name:16} " + " ".join(cells))
    print()
    return worst


def gnuplot_script(out, names):
    lines = ['set terminal pngcairo size 640,480 font "DejaVu Sans,10"', "set samples 1000",
             "set xrange [-10:10]", "set key top left"]
    for name in names:
        f, df = ARTICLE[name]
        lines += [f"set output '{out}/{name}.png'",
                  f"plot {f} title '{name}' lw 1.5, {df} title 'derivative' lw 1.5"]
    return "\n".join(lines) + "\n"


MATPLOTLIB = """
import sys
import numpy as np
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
x = np.linspace(-10, 10, 1000)
plt.figure()
plt.plot(x, np.maximum(x, 0), label="relu")
plt.plot(x, (x > 0).astype(float), label="derivative")
plt.legend()
plt.savefig(sys.argv[1])
"""


def main():
    ensure_tools()
    work = tempfile.mkdtemp(prefix="actplot-bench-")
    rows = []
    if BASELINE:
        worst = per_function(work)
        for chart, label in (("default", "default chart"), ("100k", "100k samples with f″")):
            ratio, name = worst[chart]
            rows.append((f"slowest function vs main, {label}", name, "", f"{ratio:.3f}×", "≤ 1.2×",
                         "PASS" if ratio <= 1.2 else "FAIL"))

    def row(goal, ours, theirs, ratio, target, unit="×"):
        ok = ratio <= target
        rows.append((goal, ours, theirs, f"{ratio:.3f}{unit}", f"≤ {target}{unit}", "PASS" if ok else "FAIL"))

    # One chart: actplot, gnuplot's pngcairo from a script, matplotlib's savefig.
    one, one_rss = measure([ACTPLOT, "relu", "--range", "-10:10", "--samples", "1000", "-o", f"{work}/relu.png"])
    with open(f"{work}/relu.gp", "w") as f:
        f.write(gnuplot_script(work + "/gp", ["relu"]))
    os.makedirs(work + "/gp", exist_ok=True)
    gp_one, _ = measure(["gnuplot", f"{work}/relu.gp"])
    with open(f"{work}/relu_mpl.py", "w") as f:
        f.write(MATPLOTLIB)
    mpl_one, _ = measure([sys.executable, f"{work}/relu_mpl.py", f"{work}/relu-mpl.png"], runs=max(3, RUNS // 3))
    row("one chart vs gnuplot", f"{one*1000:.1f} ms", f"{gp_one*1000:.1f} ms", one / gp_one, 0.5)
    row("one chart vs matplotlib", f"{one*1000:.1f} ms", f"{mpl_one*1000:.1f} ms", one / mpl_one, 0.03)

    # The chart in a terminal, against the PNG chart: braille in colour at 100×28 cells, and
    # inline images of the PNG's 640×480 (80×30 cells of 8×16 pixels, the PNG's own dpi).
    # Wall time is the goal; instruction counts (callgrind) say the same without the noise of a
    # busy machine, startup included.
    png_chart = [ACTPLOT, "relu", "-o", f"{work}/relu.png"]
    png_instructions = instructions(png_chart)
    terminal = [("braille chart", ["braille", "--cells", "100x28"], 0.5),
                ("kitty image", ["kitty", "--cells", "80x30"], 1.2), ("sixel image", ["sixel", "--cells", "80x30"], 1.2)]
    for name, options, target in terminal:
        command = [ACTPLOT, "relu", "--term", "--term-mode"] + options
        seconds, png_seconds = measure_on_terminal(command, png_chart)
        row(f"{name} on a terminal vs PNG", f"{seconds*1000:.1f} ms", f"{png_seconds*1000:.1f} ms", seconds / png_seconds,
            target)
        count = instructions(command)
        row(f"{name} vs PNG, instructions", f"{count/1e6:.1f} M", f"{png_instructions/1e6:.1f} M",
            count / png_instructions, target)

    # Tight layout: the same labelled chart laid out in matplotlib's default box and tightly.
    labelled = [ACTPLOT, "relu", "--title", "Rectified linear unit", "--xlabel", "x", "--ylabel", "f(x)"]
    loose, _ = measure(labelled + ["--layout", "default", "-o", f"{work}/loose.png"], runs=RUNS * 2)
    tight, _ = measure(labelled + ["--layout", "tight", "-o", f"{work}/tight.png"], runs=RUNS * 2)
    rows.append(("tight layout, extra per chart", f"{(tight - loose) * 1000:+.2f} ms", f"{loose*1000:.1f} ms (default box)",
                 "", "< 1 ms", "PASS" if tight - loose < 0.001 else "FAIL"))

    # Styles: every shipped sheet against the default chart, at the default figure's 640×480 pixels
    # (a sheet such as seaborn's poster also enlarges the figure, and time follows the pixel count).
    styles = subprocess.run([ACTPLOT, "relu", "--style", "?"], capture_output=True, text=True).stderr
    names = [n.strip(" ,") for n in styles.split("styles are ", 1)[-1].split(", or ")[0].split(",")]
    # The slowest sheet is found and judged by instructions: the largest of 30 noisy medians
    # is mostly the noise. Its wall time, interleaved with the default chart's, is shown too.
    same_size = ["--size", "6.4x4.8", "--dpi", "100"]
    def styled(n):
        return [ACTPLOT, "relu", "--style", n] + same_size + ["-o", f"{work}/style-{n}.png"]
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        counted = list(pool.map(lambda n: (instructions(styled(n)), n), names))
    slowest, name = max(counted)
    default = instructions([ACTPLOT, "relu", "-o", f"{work}/default.png"])
    row(f"slowest of {len(names)} styles ({name}) vs default, instructions", f"{slowest/1e6:.1f} M",
        f"{default/1e6:.1f} M", slowest / default, 1.2)
    styled_wall, default_wall = interleaved([styled(name), [ACTPLOT, "relu", "-o", f"{work}/default.png"]])
    row("the same in wall time", f"{styled_wall*1000:.1f} ms", f"{default_wall*1000:.1f} ms",
        styled_wall / default_wall, 1.2)

    # Math in labels (issue 19): parsing and laying out one label in process (MathBench, beside
    # the binary: the first label of a process also reads the font tables; medians over fresh
    # processes), and a chart with math in its title and both axis labels against the same chart
    # with plain labels.
    math_bench = os.path.join(os.path.dirname(ACTPLOT), "MathBench")
    timings = [json.loads(subprocess.run([math_bench], capture_output=True, text=True, check=True).stdout)
               for _ in range(RUNS)]
    for key, what in (("first_ms", "first in a process"), ("mean_ms", "each after")):
        value = statistics.median(t[key] for t in timings)
        rows.append((f"math label parse and layout, {what}", f"{value:.3f} ms", f"{timings[0]['labels']} labels", "",
                     "< 1 ms", "PASS" if value < 1 else "FAIL"))
    texts = {"math": [r"$\sigma(x) = \frac{1}{1+e^{-x}}$", r"$x$", r"$\sigma'(x)$"],
             "plain": ["sigma(x) = 1/(1+e^-x)", "x", "sigma'(x)"]}
    math, plain = interleaved([[ACTPLOT, "sigmoid", "--title", t, "--xlabel", x, "--ylabel", y, "-o", f"{work}/{kind}.png"]
                               for kind, (t, x, y) in texts.items()], runs=RUNS * 2)
    charts = {"math": math, "plain": plain}
    row("chart with math title and labels vs plain", f"{charts['math']*1000:.1f} ms", f"{charts['plain']*1000:.1f} ms",
        charts["math"] / charts["plain"], 1.3)

    # A sweep: 100 values of ELU's alpha with derivatives, against the single ELU chart.
    single, _ = measure([ACTPLOT, "elu", "-o", f"{work}/elu.png"])
    sweep, _ = measure([ACTPLOT, "elu", "--vary", "alpha=0.1:3:100", "-o", f"{work}/sweep.png"])
    row("100-value sweep chart vs one function", f"{sweep*1000:.1f} ms", f"{single*1000:.1f} ms", sweep / single, 4)

    # Every catalog function with `actplot all`, per chart, against one gnuplot drawing eight.
    count = len(subprocess.run([ACTPLOT, "list", "--names"], capture_output=True, text=True).stdout.split())
    all_time, _ = measure([ACTPLOT, "all", "-o", f"{work}/all", "--format", "png"], runs=max(3, RUNS // 3))
    with open(f"{work}/eight.gp", "w") as f:
        f.write(gnuplot_script(work + "/gp", list(ARTICLE)))
    gp_eight, _ = measure(["gnuplot", f"{work}/eight.gp"], runs=max(3, RUNS // 3))
    row(f"per chart, all {count} vs gnuplot's 8", f"{all_time/count*1000:.1f} ms", f"{gp_eight/8*1000:.1f} ms",
        (all_time / count) / (gp_eight / 8), 0.2)

    # 10 million samples: time against the 1000-sample chart, and peak memory.
    big, big_rss = measure([ACTPLOT, "relu", "--range", "-10:10", "--samples", "10000000", "-o", f"{work}/big.png"],
                           runs=max(3, RUNS // 2))
    row("10M samples vs 1000", f"{big*1000:.1f} ms", f"{one*1000:.1f} ms", big / one, 3)
    rows.append(("10M-sample chart peak memory", f"{big_rss:.1f} MiB", "", "", "≤ 64 MiB",
                 "PASS" if big_rss <= 64 else "FAIL"))

    # CSV of 10 million samples is streamed: memory stays that of a small CSV.
    _, small_csv_rss = measure([ACTPLOT, "relu", "--samples", "1000", "-o", f"{work}/small.csv"], runs=3)
    big_csv, big_csv_rss = measure([ACTPLOT, "relu", "--samples", "10000000", "-o", f"{work}/big.csv"], runs=1)
    rows.append(("10M-row CSV peak memory", f"{big_csv_rss:.1f} MiB", f"{small_csv_rss:.1f} MiB (1000 rows)",
                 f"{big_csv_rss - small_csv_rss:+.1f} MiB", "flat", "PASS" if big_csv_rss - small_csv_rss < 4 else "FAIL"))
    rows.append(("default chart peak memory", f"{one_rss:.1f} MiB", "", "", "≤ 30 MiB",
                 "PASS" if one_rss <= 30 else "FAIL"))

    # eval streams 10 million lines of standard input (x, f, f′ per row) against awk printing x
    # and exp(x) for the same file: mawk, Debian's default awk (named, since installing gawk
    # makes /usr/bin/awk gawk); gawk is reported when installed.
    lines = f"{work}/x10m.txt"
    random_lines(lines, 10_000_000)
    eval_runs = max(3, RUNS // 5)
    eval_time, eval_rss = measure([ACTPLOT, "eval", "sigmoid"], runs=eval_runs, stdin=lines)
    awk_time, awk_rss = measure(["mawk", "{ print $1, exp($1) }"], runs=eval_runs, stdin=lines)
    row("eval, 10M stdin lines vs mawk", f"{eval_time:.2f} s", f"{awk_time:.2f} s", eval_time / awk_time, 1)
    rows.append(("eval, 10M stdin lines peak memory", f"{eval_rss:.1f} MiB", f"{awk_rss:.1f} MiB (mawk)", "",
                 "≤ 20 MiB", "PASS" if eval_rss <= 20 else "FAIL"))
    if shutil.which("gawk"):
        gawk_time, _ = measure(["gawk", "{ print $1, exp($1) }"], runs=eval_runs, stdin=lines)
        rows.append(("eval, 10M stdin lines vs gawk", f"{eval_time:.2f} s", f"{gawk_time:.2f} s",
                     f"{eval_time / gawk_time:.3f}×", "(reported)", ""))

    # HTML pages: writing time against the PNG chart, size, and in headless Chromium the
    # explorer's time to interactive and a slider's redraw (Tests/Browser/measure.py).
    # In turn with the PNG chart: these goals are ratios to it.
    png = [ACTPLOT, "relu", "--range", "-10:10", "--samples", "1000", "-o", f"{work}/relu.png"]
    html, explore, png_time = interleaved([png[:-1] + [f"{work}/relu.html"], [ACTPLOT, "explore", "-o", f"{work}/explorer.html"], png])
    row("HTML chart vs PNG chart", f"{html*1000:.1f} ms", f"{png_time*1000:.1f} ms", html / png_time, 3)
    row("explorer vs PNG chart", f"{explore*1000:.1f} ms", f"{png_time*1000:.1f} ms", explore / png_time, 3)
    for name, path, limit in (("HTML chart size", "relu.html", 250), ("explorer size", "explorer.html", 3000)):
        size = os.path.getsize(f"{work}/{path}") / 1000
        rows.append((name, f"{size:.0f} KB", "", "", f"< {limit} KB", "PASS" if size < limit else "FAIL"))
    python = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), ".venv-browser", "bin", "python")
    measured = subprocess.run([python, "Tests/Browser/measure.py", ACTPLOT], capture_output=True, text=True)
    if measured.returncode != 0:
        rows.append(("browser measurements", "failed", measured.stderr.strip().splitlines()[-1:], "", "", "FAIL"))
    else:
        browser = json.loads(measured.stdout)
        for key, limit in (("explorer interactive ms", 300), ("explorer slider redraw ms", 16),
                           ("explorer slider redraw and layout ms", 16), ("chart slider redraw ms", 16)):
            value = browser[key]
            rows.append((key.replace(" ms", ""), f"{value:.1f} ms", "", "", f"< {limit} ms", "PASS" if value < limit else "FAIL"))

    widths = [max(len(str(r[i])) for r in rows + [("goal", "actplot", "other", "ratio", "target", "")])
              for i in range(6)]
    header = ("goal", "actplot", "other", "ratio", "target", "")
    for r in [header] + rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip())
    print(f"(10M-row CSV took {big_csv:.2f} s; {RUNS} runs per figure, medians)")
    shutil.rmtree(work, ignore_errors=True)
    if any(r[5] == "FAIL" for r in rows):
        sys.exit(1)


main()
