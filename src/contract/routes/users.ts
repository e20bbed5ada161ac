import { z } from "zod";
import { apiRoute } from "../api-route";
import { createUserSchema, resetLinkSchema, updateUserSchema, userSchema } from "../auth";
import { idParamsSchema } from "../common";

/** The county's accounts (the admin): list, create, change, password-reset links. */
export const userRoutes = {
  listUsers: apiRoute({
    method: "GET",
    path: "/users",
    status: 200,
    response: z.array(userSchema),
  }),
  createUser: apiRoute({
    method: "POST",
    path: "/users",
    body: createUserSchema,
    status: 201,
    response: userSchema,
  }),
  updateUser: apiRoute({
    method: "PATCH",
    path: "/users/:id",
    params: idParamsSchema,
    body: updateUserSchema,
    status: 200,
    response: userSchema,
  }),
  issuePasswordResetLink: apiRoute({
    method: "POST",
    path: "/users/:id/password-reset",
    params: idParamsSchema,
    status: 201,
    response: resetLinkSchema,
  }),
};
