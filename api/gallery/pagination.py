from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination
from rest_framework.request import Request

from api.parameters import InvalidNumber, whole_number


class GalleryPagination(PageNumberPagination):
    """``page`` and ``page_size`` (default 24, at most 100); a bad size is a 400, not a guess."""

    page_size = 24
    max_page_size = 100
    page_size_query_param = "page_size"

    def get_page_size(self, request: Request) -> int:
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            return self.page_size
        try:
            return whole_number(raw, 1, self.max_page_size)
        except InvalidNumber as error:
            raise ValidationError({self.page_size_query_param: [str(error)]}) from error
