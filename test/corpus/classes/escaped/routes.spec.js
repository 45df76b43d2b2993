const { expect, test } = require('@playwright/test');

test('shows legacy links from a mocked Atlas', async ({ page }) => {
  await page.route('**/api/atlas/v1.0/groups/*/privateEndpoint', (route) => route.fulfill({ json: [{ id: 'a1', status: 'AVAILABLE' }] }));
  await page.route('**/api/atlas/v1.0/groups/*/privateEndpoint/*/endpointService', (route) => route.fulfill({ json: [] }));
  await page.route('**/api/atlas/v2/groups/*/privateEndpoint/**', (route) => route.fulfill({ json: [] }));
  await page.goto('/links');
  await expect(page.getByText('a1')).toBeVisible();
});
