"""Request bodies the API validates: an analyst's review of an event, its location and figures."""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class Figure(BaseModel):
    model_config = ConfigDict(extra="forbid")
    low: Optional[float] = Field(None, ge=0)
    best: Optional[float] = Field(None, ge=0)
    high: Optional[float] = Field(None, ge=0)

    @model_validator(mode="after")
    def ordered(self):
        vals = [v for v in (self.low, self.best, self.high) if v is not None]
        if not vals:
            raise ValueError("give at least one of low, best, high")
        if vals != sorted(vals):
            raise ValueError("figures must satisfy low <= best <= high")
        return self


class LocationIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: Optional[str] = Field(None, max_length=200)
    country: Optional[str] = Field(None, pattern=r"^[A-Za-z]{2,3}$")
    admin1: Optional[str] = Field(None, max_length=200)
    lat: Optional[float] = Field(None, ge=-90, le=90)
    lon: Optional[float] = Field(None, ge=-180, le=180)
    geonameid: Optional[int] = None
    precision: Optional[Literal["town", "village", "city", "district", "province", "region", "country"]] = None


_DATE_RE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


class ReviewIn(BaseModel):
    """An analyst's corrections to one event; fields left out stay as they are, `null` clears."""
    model_config = ConfigDict(extra="forbid")
    event_type: Optional[str] = None
    sub_event_type: Optional[str] = None
    date: Optional[str] = Field(None, pattern=_DATE_RE)
    date_end: Optional[str] = Field(None, pattern=_DATE_RE)
    status: Optional[Literal["reported", "claimed", "disputed", "denied"]] = None
    location: Optional[LocationIn] = None
    fatalities: Optional[Figure | float] = None
    injuries: Optional[Figure | float] = None
    reviewer: Optional[str] = Field(None, max_length=100)

    @field_validator("date", "date_end", mode="after")
    @classmethod
    def real_date(cls, v):
        from ..export.filters import FilterError, check_date

        try:
            return check_date(v, "date") if v else v
        except FilterError:
            raise ValueError("must be a real calendar date YYYY-MM-DD (or YYYY-MM, YYYY)") from None

    @field_validator("fatalities", "injuries", mode="after")
    @classmethod
    def number_is_best(cls, v):
        if isinstance(v, (int, float)):
            if v < 0:
                raise ValueError("must be >= 0")
            return Figure(low=v, best=v, high=v)
        return v
