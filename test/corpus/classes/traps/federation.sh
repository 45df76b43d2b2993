atlas dataFederation privateEndpoints list --projectId "$PROJECT_ID"
atlas privateEndpoints aws describe "$ID"
