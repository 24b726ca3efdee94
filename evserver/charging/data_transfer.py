"""Vendor-specific DataTransfer messages: stored always, answered by a registered handler."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from evserver.storage.documents.station import ChargingStation


@dataclass
class DataTransferReply:
    """`status` is Accepted, Rejected, UnknownMessageId or UnknownVendorId."""

    status: str
    data: str | None = None


DataTransferHandler = Callable[[ChargingStation, str | None, str | None],
                               Awaitable[DataTransferReply]]


class DataTransferRegistry:
    """Handlers by vendor id; a vendor nobody handles gets `UnknownVendorId`."""

    def __init__(self) -> None:
        self._handlers: dict[str, DataTransferHandler] = {}

    def register(self, vendor_id: str, handler: DataTransferHandler) -> None:
        """Answer DataTransfer messages of `vendor_id` with `handler`."""
        self._handlers[vendor_id] = handler

    async def handle(self, station: ChargingStation, vendor_id: str, message_id: str | None,
                     data: str | None) -> DataTransferReply:
        """The reply to one DataTransfer message."""
        handler = self._handlers.get(vendor_id)
        if handler is None:
            return DataTransferReply("UnknownVendorId")
        return await handler(station, message_id, data)
