import { subscriptionActions, subscriptionsPage } from '$lib/server/flood/subscriptions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => subscriptionsPage(locals.user!.id);

export const actions: Actions = subscriptionActions;
