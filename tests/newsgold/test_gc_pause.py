"""newsgold.gc_pause: the collector is paused inside the block and restored after."""

from __future__ import annotations

import gc
import subprocess
import sys
import textwrap

from newsgold.gc_pause import paused_gc


def test_the_collector_is_off_inside_and_restored_after_and_nothing_is_frozen_in_process() -> None:
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    with paused_gc():
        assert not gc.isenabled()
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner block found it off and leaves it off
        made = [[i] for i in range(1000)]
    assert gc.isenabled() and gc.get_freeze_count() == frozen and len(made) == 1000


def test_a_console_process_freezes_what_was_made_during_the_pause() -> None:
    code = textwrap.dedent(
        """
        import gc
        from newsgold import process_exit
        from newsgold.gc_pause import paused_gc
        process_exit.start_holding()
        before = gc.get_freeze_count()
        with paused_gc():
            made = [[i] for i in range(100_000)]
        print(gc.isenabled(), gc.get_freeze_count() - before >= 100_000)
        """
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.stdout.split() == ["True", "True"], run.stderr


def test_import_paused_imports_with_the_collector_off_and_restores_it(tmp_path, monkeypatch) -> None:
    from newsgold.gc_pause import import_paused

    (tmp_path / "ng_probe_module.py").write_text("import gc\nCOLLECTOR_ON = gc.isenabled()\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert gc.isenabled()
    module = import_paused("ng_probe_module")
    assert module.COLLECTOR_ON is False and gc.isenabled()
    sys.modules.pop("ng_probe_module", None)
