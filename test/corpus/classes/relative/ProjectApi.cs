public async Task<string> Link(string id) => await _project.GetStringAsync($"privateEndpoint/{id}");
