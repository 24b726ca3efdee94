"""`/auth`: sign in and out, register, verify an e-mail address, reset a password."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Request, post
from litestar.params import JSONBody
from litestar.status_codes import HTTP_200_OK, HTTP_202_ACCEPTED, HTTP_204_NO_CONTENT

from evserver.api.dto import auth as dto
from evserver.api.problems import error_responses
from evserver.api.security import BEARER, Caller, authenticated
from evserver.api.services import Services


class AuthController(Controller):
    """Endpoints that need no token, plus logout."""

    path = "/auth"
    tags = ["Authentication"]

    @post("/login", operation_id="login", status_code=HTTP_200_OK,
          responses=error_responses(401, 403, 422, 423, 429))
    async def login(self, request: Request[Any, Any, Any], services: Services,
                    data: JSONBody[dto.LoginCreate]) -> dto.Login:
        """Exchange e-mail and password for an access token."""
        address = request.client.host if request.client else "unknown"
        issued = await services.sign_in.login(data.tenant, data.email, data.password,
                                              client_address=address)
        return dto.Login(
            access_token=issued.token, expires_in=issued.expires_in_s,
            user=dto.LoginUser(id=issued.user.id, email=issued.user.email,
                               role=issued.user.role, tenant=issued.tenant.slug))

    @post("/logout", operation_id="logout", status_code=HTTP_204_NO_CONTENT,
          guards=[authenticated], security=BEARER,
          responses=error_responses(401))
    async def logout(self, services: Services, principal: Caller) -> None:
        """Revoke the token of this request."""
        await services.sign_in.logout(principal.tenant_id, principal.jti, principal.expires_at)

    @post("/register", operation_id="register", responses=error_responses(409, 422))
    async def register(
        self, services: Services, data: JSONBody[dto.RegistrationCreate],
    ) -> dto.Registration:
        """Create a Pending driver account and e-mail a verification link."""
        user = await services.registration.register(
            data.tenant, data.email, data.password, first_name=data.first_name,
            last_name=data.last_name, locale=data.locale)
        return dto.Registration(id=user.id, email=user.email, status=user.status)

    @post("/verify-email", operation_id="verifyEmail", status_code=HTTP_200_OK,
          responses=error_responses(422))
    async def verify_email(
        self, services: Services, data: JSONBody[dto.EmailVerificationCreate],
    ) -> dto.AccountState:
        """Activate an account with the token of its verification link."""
        user = await services.registration.verify_email(data.tenant, data.email, data.token)
        return dto.AccountState(status=user.status, detail="e-mail address verified")

    @post("/password/reset-request", operation_id="requestPasswordReset",
          status_code=HTTP_202_ACCEPTED, responses=error_responses(422))
    async def request_password_reset(
        self, services: Services, data: JSONBody[dto.PasswordResetRequestCreate],
    ) -> dto.AccountState:
        """E-mail a reset link if the account exists (the answer is the same either way)."""
        await services.password_reset.request(data.tenant, data.email)
        return dto.AccountState(status="requested",
                                detail="if the account exists, a reset link is on its way")

    @post("/password/reset", operation_id="resetPassword", status_code=HTTP_200_OK,
          responses=error_responses(422))
    async def reset_password(
        self, services: Services, data: JSONBody[dto.PasswordResetCreate],
    ) -> dto.AccountState:
        """Set a new password with the token of a reset link."""
        user = await services.password_reset.reset(data.tenant, data.token, data.password)
        return dto.AccountState(status=user.status, detail="password changed")
