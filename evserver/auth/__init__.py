"""Authentication and authorization: passwords, access tokens, lockout and the permission matrix.

`policy` asks Casbin (model and policy in `config/casbin/`) who may do what; `passwords`,
`tokens` and `lockout` hold the pure rules of signing in. None of these modules does I/O
beyond reading the policy files once.
"""
