"""Authentication and authorization: passwords, access tokens, lockout and the permission matrix.

`policy` asks Casbin (model and policy in `config/casbin/`) who may do what; `passwords`,
`tokens` and `lockout` hold the pure rules of signing in; `users` creates and finds accounts
and is the only module here that touches the database.
"""
