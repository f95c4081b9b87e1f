import { defineEndpoint } from "../endpoint";
import { CreateCustomerBody, CustomerResource, DeletedCustomer, ListCustomersQuery, UpdateCustomerBody } from "../../customers/customer-schemas";
import { createCustomer } from "../../customers/create-customer";
import { listCustomers } from "../../customers/list-customers";
import { findCustomer } from "../../customers/find-customer";
import { updateCustomer } from "../../customers/update-customer";
import { deleteCustomer } from "../../customers/delete-customer";
import { toCustomerResource } from "../../customers/customer-resource";

const createCustomerEndpoint = defineEndpoint({
  method: "POST",
  path: "/customers",
  scope: "plugipay:customers:write",
  rateClass: "mutating",
  body: CreateCustomerBody,
  success: { status: 201, data: CustomerResource },
  summary: "Create a customer",
  async handle({ tenant, body }) {
    return { data: await createCustomer(tenant, body) };
  },
});

const listCustomersEndpoint = defineEndpoint({
  method: "GET",
  path: "/customers",
  scope: "plugipay:customers:read",
  rateClass: "read",
  query: ListCustomersQuery,
  success: { status: 200, list: CustomerResource },
  summary: "List customers, newest first; filter by email, externalId or a created range",
  async handle({ tenant, query }) {
    const { limit, cursor, order, ...filters } = query;
    const page = await listCustomers(tenant, filters, { limit, cursor, order });
    const items = page.items.map((customer) => toCustomerResource(customer, tenant.accountId));
    return { list: { items, cursor: page.cursor, hasMore: page.hasMore } };
  },
});

const getCustomerEndpoint = defineEndpoint({
  method: "GET",
  path: "/customers/:id",
  scope: "plugipay:customers:read",
  rateClass: "read",
  success: { status: 200, data: CustomerResource },
  summary: "Retrieve a customer",
  async handle({ tenant, params }) {
    const customer = await findCustomer(tenant, params.id);
    return { data: toCustomerResource(customer, tenant.accountId) };
  },
});

const updateCustomerEndpoint = defineEndpoint({
  method: "PATCH",
  path: "/customers/:id",
  scope: "plugipay:customers:write",
  rateClass: "mutating",
  body: UpdateCustomerBody,
  success: { status: 200, data: CustomerResource },
  summary: "Update a customer; only the fields sent change",
  async handle({ tenant, params, body }) {
    return { data: await updateCustomer(tenant, params.id, body) };
  },
});

const deleteCustomerEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/customers/:id",
  scope: "plugipay:customers:write",
  rateClass: "mutating",
  success: { status: 200, data: DeletedCustomer },
  summary: "Delete a customer (409 conflict while it has a live subscription); its portal links stop working",
  async handle({ tenant, params }) {
    return { data: await deleteCustomer(tenant, params.id) };
  },
});

export const customersEndpoints = [createCustomerEndpoint, listCustomersEndpoint, getCustomerEndpoint, updateCustomerEndpoint, deleteCustomerEndpoint];
