"""The explorer's and a chart's speed in headless Chromium, for `make bench`: time from
navigation to interactive (the page's own Performance mark) and a slider's redraw: the page's
own timing of its redraw, and from the input event to the browser's style and layout of the
redrawn chart (forced by reading its size). Prints the medians as JSON.

    .venv-browser/bin/python Tests/Browser/measure.py .build/release/actplot
"""
import json, os, statistics, subprocess, sys, tempfile

from playwright.sync_api import sync_playwright

ACTPLOT = sys.argv[1] if len(sys.argv) > 1 else ".build/release/actplot"
RUNS = int(os.environ.get("BENCH_RUNS", "15"))


def main():
    work = tempfile.mkdtemp(prefix="actplot-browser-bench-")
    subprocess.run([ACTPLOT, "explore", "-o", f"{work}/explorer.html"], check=True, stdout=subprocess.DEVNULL)
    subprocess.run([ACTPLOT, "elu:alpha=0.5", "elu:alpha=1", "elu:alpha=2", "-o", f"{work}/sweep.html"], check=True)
    out = {"explorer interactive ms": [], "explorer slider redraw ms": [], "explorer slider redraw and layout ms": [],
           "chart slider redraw ms": []}
    args = ["--no-sandbox"] if os.geteuid() == 0 else []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=os.environ.get("CHROMIUM", "/usr/bin/chromium"), args=args)
        for _ in range(RUNS):
            context = browser.new_context(viewport={"width": 1200, "height": 1000}, offline=True)
            page = context.new_page()
            page.goto(f"file://{work}/explorer.html")
            page.wait_for_selector("[data-ready]", state="attached")
            out["explorer interactive ms"].append(page.evaluate(
                "performance.getEntriesByType('mark').find(m => m.name.endsWith('-ready')).startTime"))
            page.click(".ax-list button[data-fn='3']")
            page.wait_for_function("document.querySelector('.ax-name').textContent === 'elu'")
            for position in (5, 15, 20):
                frame = page.evaluate("""(p) => {
                    const input = document.querySelector("input[data-control='0']");
                    const t0 = performance.now();
                    input.value = p;
                    input.dispatchEvent(new Event('input'));
                    document.querySelector('.ap-svg').getBBox();
                    document.body.getBoundingClientRect();
                    return performance.now() - t0;
                }""", position)
                out["explorer slider redraw and layout ms"].append(frame)
                out["explorer slider redraw ms"].append(float(page.locator(".actplot-chart").get_attribute("data-redraw-ms")))
            page.goto(f"file://{work}/sweep.html")
            page.wait_for_selector("[data-ready]", state="attached")
            page.locator("input[type=range]").focus()
            page.keyboard.press("End")
            out["chart slider redraw ms"].append(float(page.locator(".actplot-chart").get_attribute("data-redraw-ms")))
            context.close()
        browser.close()
    print(json.dumps({k: statistics.median(v) for k, v in out.items()}))


main()
