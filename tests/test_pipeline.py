"""The pipeline registry: stages declare what they require and assign."""

import pytest

def test_pipeline_order_is_checked_against_declared_requirements():
    from onrecord.model import Extraction
    from onrecord.pipeline.registry import STAGES, check_order, register_stage

    @register_stage("_test_needs_doc", requires=["doc"], assigns=["widgets"])
    def needs_doc(ex: Extraction) -> Extraction:
        return ex

    try:
        with pytest.raises(ValueError, match="requires doc"):
            check_order(["_test_needs_doc"])
        check_order(["_test_needs_doc"], given=["doc"])
        with pytest.raises(ValueError, match="unknown pipeline stage"):
            check_order(["no-such-stage"])
    finally:
        STAGES.pop("_test_needs_doc", None)
