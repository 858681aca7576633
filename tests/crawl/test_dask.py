"""--dask runs extraction and detection on a Dask distributed cluster (a LocalCluster here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.crawl.helpers import make_share, scan, snapshot


@pytest.mark.slow
def test_scan_on_local_dask_cluster_matches_local_pool(tmp_path: Path) -> None:
    from distributed import LocalCluster

    share = tmp_path / "share"
    make_share(share, n=6)
    local = scan([str(share)], tmp_path / "local.sqlite")
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster:
        remote = scan([str(share)], tmp_path / "dask.sqlite", dask=cluster.scheduler_address)
    assert snapshot(tmp_path / "dask.sqlite", remote.scan_id) == \
        snapshot(tmp_path / "local.sqlite", local.scan_id)
