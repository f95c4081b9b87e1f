import { defineEndpoint, endpointList } from "../endpoint";
import {
  CreateCustomerBody,
  ListCustomersQuery,
  type ListCustomersQueryShape,
  UpdateCustomerBody,
  type CreateCustomerInput,
  type UpdateCustomerInput,
} from "../../customers/customer-schemas";
import { createCustomer } from "../../customers/create-customer";
import { listCustomers } from "../../customers/list-customers";
import { findCustomer } from "../../customers/find-customer";
import { updateCustomer } from "../../customers/update-customer";
import { toCustomerResource } from "../../customers/customer-resource";

const createCustomerEndpoint = defineEndpoint<CreateCustomerInput>({
  method: "POST",
  path: "/customers",
  scope: "plugipay:customers:write",
  rateClass: "mutating",
  body: CreateCustomerBody,
  summary: "Create a customer",
  async handle({ tenant, body }) {
    return { status: 201, data: await createCustomer(tenant, body) };
  },
});

const listCustomersEndpoint = defineEndpoint<undefined, ListCustomersQueryShape>({
  method: "GET",
  path: "/customers",
  scope: "plugipay:customers:read",
  rateClass: "read",
  query: ListCustomersQuery,
  summary: "List customers, newest first; filter by email or externalId",
  async handle({ tenant, query }) {
    const { limit, cursor, order, email, externalId } = query;
    const page = await listCustomers(tenant, { email, externalId }, { limit, cursor, order });
    const items = page.items.map((customer) => toCustomerResource(customer, tenant.accountId));
    return { status: 200, list: { items, cursor: page.cursor, hasMore: page.hasMore } };
  },
});

const getCustomerEndpoint = defineEndpoint({
  method: "GET",
  path: "/customers/:id",
  scope: "plugipay:customers:read",
  rateClass: "read",
  summary: "Retrieve a customer",
  async handle({ tenant, params }) {
    const customer = await findCustomer(tenant, params.id ?? "");
    return { status: 200, data: toCustomerResource(customer, tenant.accountId) };
  },
});

const updateCustomerEndpoint = defineEndpoint<UpdateCustomerInput>({
  method: "PATCH",
  path: "/customers/:id",
  scope: "plugipay:customers:write",
  rateClass: "mutating",
  body: UpdateCustomerBody,
  summary: "Update a customer; only the fields sent change",
  async handle({ tenant, params, body }) {
    return { status: 200, data: await updateCustomer(tenant, params.id ?? "", body) };
  },
});

export const customersEndpoints = endpointList(
  createCustomerEndpoint,
  listCustomersEndpoint,
  getCustomerEndpoint,
  updateCustomerEndpoint,
);
