from __future__ import annotations

import os
from pathlib import Path

import pytest

from rkt_xl.samples.sample import write_sample
from rkt_xl.xlsx.template import write_workbook
from tests import lo
from tests.helpers import ROOT, fingerprint

__all__ = ["ROOT", "fingerprint"]   # also importable from here, as older tests do


@pytest.fixture(autouse=True, scope="session")
def own_config_folder(tmp_path_factory: pytest.TempPathFactory):
    """The user's configuration folder (platformdirs, XDG on Linux) in a temp folder, so
    a code list imported on this PC never changes what the tests see (and vice versa)."""
    from rkt_xl.model.nomenclature import reload

    patch = pytest.MonkeyPatch()
    patch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))
    reload()
    yield
    patch.undo()
    reload()


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The template and the sample, freshly generated once per session."""
    folder = tmp_path_factory.mktemp("built")
    template = write_workbook(folder / "RKT_template.xlsx").path
    sample, _ = write_sample(folder / "RKT_BKPSDM_2023.xlsx")
    return {"template": template, "sample": sample.path}


@pytest.fixture(scope="session")
def lo_profile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if lo.soffice() is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (soffice) is required in CI: .ci/run installs it")
        pytest.skip("LibreOffice not installed (apt-get install libreoffice-calc-nogui)")
    return lo.make_profile(tmp_path_factory.mktemp("lo-profile"))
